import type {
  Channel,
  CompanySize,
  CustomerKind,
  DocumentType,
  Priority,
  ResolutionType,
  TicketSlaState,
  TicketStatus,
  TicketType,
  VerificationCheck,
} from '@/api/types';

/**
 * The enumerations of the PQRS domain as the API spells them, in the order pickers show them.
 * Their labels live in the locales (`enums.*`); the types come from the contract, so a value the
 * API drops stops compiling here.
 */
export const TICKET_TYPES = ['petition', 'information', 'complaint', 'claim', 'suggestion', 'compliment'] as const satisfies readonly TicketType[];
export const TICKET_STATUSES = [
  'new',
  'open',
  'pending_customer',
  'escalated',
  'answered',
  'closed',
  'reopened',
] as const satisfies readonly TicketStatus[];
export const CHANNELS = ['phone', 'walk_in', 'email', 'mailbox', 'web', 'partner'] as const satisfies readonly Channel[];
/** The channels an agent radicates from the intake screen (web and partner tickets arrive by themselves). */
export const INTAKE_CHANNELS = ['phone', 'walk_in', 'email', 'mailbox'] as const satisfies readonly Channel[];
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const satisfies readonly Priority[];
export const RESOLUTION_TYPES = [
  'answered',
  'favourable',
  'unfavourable',
  'information_given',
  'not_applicable',
  'duplicate',
] as const satisfies readonly ResolutionType[];
export const DOCUMENT_TYPES = ['CC', 'CE', 'NIT', 'TI', 'PA'] as const satisfies readonly DocumentType[];
export const CUSTOMER_KINDS = ['affiliate', 'employer', 'provider', 'non_affiliate'] as const satisfies readonly CustomerKind[];
export const COMPANY_SIZES = ['micro', 'small', 'medium', 'large'] as const satisfies readonly CompanySize[];
export const VERIFICATION_CHECKS = [
  'document_number',
  'birth_date',
  'registered_phone',
  'registered_email',
  'address',
  'last_payment',
] as const satisfies readonly VerificationCheck[];

/**
 * Saved queues of the ticket list (ListTickets `queue`). `at_risk`: SLA at risk or breached, not yet answered.
 * `supervisors`: tickets placed for a supervisor to take (recoveries of unhappy survey answers), not yet answered.
 */
export const TICKET_QUEUES = ['mine', 'unassigned', 'pending_customer', 'reopened', 'at_risk', 'supervisors'] as const;
export type TicketQueue = (typeof TICKET_QUEUES)[number];

/** `due`: nearest SLA due time first (only tickets with a running SLA clock). */
export const TICKET_SORTS = ['newest', 'oldest_update', 'due'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

/** A ticket's SLA in one word (ListTickets `slaState`, and the badges). */
export const SLA_STATES = ['running', 'at_risk', 'paused', 'breached', 'met'] as const satisfies readonly TicketSlaState[];

/**
 * The states an agent may set by hand from each state (the API's lifecycle: answering and escalating
 * have their own actions). Anything else would be a 409.
 */
export const MANUAL_STATUS_TARGETS: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'pending_customer'],
  open: ['pending_customer'],
  pending_customer: ['open'],
  escalated: ['open'],
  answered: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['open', 'pending_customer'],
};

/** States from which the final answer may be given. */
export const ANSWERABLE_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending_customer', 'reopened'];

export function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value);
}
