import type { TFunction } from 'i18next';

import { ROLES, isRole, type Role } from '@/config/roles';

export function roleOptions(t: TFunction) {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function onlyRoles(values: readonly string[]): Role[] {
  return values.filter(isRole);
}

/** Matches the API's rule (PasswordRules.MinLength); the API checks again, and also refuses common passwords and the user's name or email. */
export const MIN_PASSWORD_LENGTH = 12;

export interface AreaOption {
  value: string;
  label: string;
}
