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

/**
 * The front line: the roles that create and change tickets and customers (reply, note, answer, assign, escalate,
 * verify identity, edit contact data). README, "Permissions"; the API's TicketWrite and FrontLine policies.
 */
export const FRONT_LINE_ROLES = ['agent', 'backoffice', 'supervisor', 'admin'] as const satisfies readonly Role[];

/** The roles that read every ticket and customer: the front line plus quality auditors and managers, who only read. */
export const TICKET_ROLES = [...FRONT_LINE_ROLES, 'quality_auditor', 'manager'] as const satisfies readonly Role[];

/** The roles that take and answer escalation legs (of their own areas). */
export const ANSWER_ROLES = ['area_responder'] as const satisfies readonly Role[];
