import type { TFunction } from 'i18next';

import { ROLES, isRole, type Role } from '@/config/roles';

export function roleOptions(t: TFunction) {
  return ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

export function onlyRoles(values: readonly string[]): Role[] {
  return values.filter(isRole);
}

/** Matches the API's rule (UserRules.MinPasswordLength); the API checks again. */
export const MIN_PASSWORD_LENGTH = 10;

export interface AreaOption {
  value: string;
  label: string;
}
