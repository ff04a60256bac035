/** The staff roles, as the API sends them. Order is the order shown in pickers. */
export const ROLES = [
  'agent',
  'backoffice',
  'area_responder',
  'supervisor',
  'quality_auditor',
  'manager',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The roles that open the area inbox: responders answer legs; back office and supervisors also review answers. */
export const ESCALATION_ROLES = ['area_responder', 'backoffice', 'supervisor'] as const satisfies readonly Role[];
export const REVIEW_ROLES = ['backoffice', 'supervisor'] as const satisfies readonly Role[];

/** The roles that work tickets and customers (the API's ticket policies); area responders work escalations instead. */
export const TICKET_ROLES = ['agent', 'backoffice', 'supervisor', 'quality_auditor', 'manager', 'admin'] as const satisfies readonly Role[];
