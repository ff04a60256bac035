import type { ReactNode } from 'react';

import type { CurrentUser } from '@/api/types';
import { ANSWER_ROLES, ESCALATION_ROLES, FRONT_LINE_ROLES, REVIEW_ROLES, TICKET_ROLES, type Role } from '@/config/roles';

import { useUser } from './auth';

export function hasRole(user: Pick<CurrentUser, 'roles'> | null | undefined, role: Role): boolean {
  return !!user && (user.roles as readonly string[]).includes(role);
}

/** Staff who read tickets and customers (everyone but area responders, who see their legs instead). */
export function readsTickets(user: Pick<CurrentUser, 'roles'> | null | undefined): boolean {
  return TICKET_ROLES.some((role) => hasRole(user, role));
}

/** The front line: staff who create and change tickets and customers. Quality auditors and managers only read. */
export function writesTickets(user: Pick<CurrentUser, 'roles'> | null | undefined): boolean {
  return FRONT_LINE_ROLES.some((role) => hasRole(user, role));
}

export function useAuthorization() {
  const { data: user } = useUser();
  return {
    user: user ?? null,
    hasRole: (role: Role) => hasRole(user, role),
    isAdmin: hasRole(user, 'admin'),
    readsTickets: readsTickets(user),
    writesTickets: writesTickets(user),
    worksEscalations: ESCALATION_ROLES.some((role) => hasRole(user, role)),
    reviewsEscalations: REVIEW_ROLES.some((role) => hasRole(user, role)),
    /** Take and answer a leg: area responders, on their own areas' legs. */
    answersLeg: (areaId: string) => ANSWER_ROLES.some((role) => hasRole(user, role)) && !!user && user.areaIds.includes(areaId),
  };
}

interface AuthorizationProps {
  role: Role;
  /** What to show when the user lacks the role (nothing by default). */
  forbiddenFallback?: ReactNode;
  children: ReactNode;
}

/** Shows its children only to users with the role. The API checks again: this is presentation. */
export function Authorization({ role, forbiddenFallback = null, children }: AuthorizationProps) {
  const { hasRole: can } = useAuthorization();
  return can(role) ? children : forbiddenFallback;
}
