import type { TicketListQuery } from '@/api/types';

/** What the ticket list asks ListTickets for (no cursor: pages are the infinite query's business). */
export type TicketFilter = Omit<TicketListQuery, 'cursor' | 'limit'>;

/** Query keys for tickets. A ticket's timeline and attachments hang under its detail key. */
export const ticketsKeys = {
  all: () => ['tickets'] as const,
  lists: () => [...ticketsKeys.all(), 'list'] as const,
  list: (filter: TicketFilter) => [...ticketsKeys.lists(), filter] as const,
  details: () => [...ticketsKeys.all(), 'detail'] as const,
  detail: (number: string) => [...ticketsKeys.details(), number.toUpperCase()] as const,
  timeline: (number: string) => [...ticketsKeys.detail(number), 'timeline'] as const,
  attachments: (number: string) => [...ticketsKeys.detail(number), 'attachments'] as const,
};
