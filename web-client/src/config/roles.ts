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

/** The roles that work tickets and customers (the API's ticket policies); area responders work escalations instead. */
export const TICKET_ROLES = ['agent', 'backoffice', 'supervisor', 'quality_auditor', 'manager', 'admin'] as const satisfies readonly Role[];
