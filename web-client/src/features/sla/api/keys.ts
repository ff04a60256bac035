import type { SlaPreviewQuery } from '@/api/types';

/**
 * Query keys for service levels. A change to a calendar or a policy invalidates `all()`: the lists, every cached
 * preview (its due dates) and the tickets' clocks. A ticket's clocks are keyed by the ticket's version too, so any
 * change to the ticket (a reply, a status move, an escalation) reads them again.
 */
export const slaKeys = {
  all: () => ['sla'] as const,
  calendars: () => [...slaKeys.all(), 'calendars'] as const,
  areaCalendars: () => [...slaKeys.all(), 'area-calendars'] as const,
  policies: () => [...slaKeys.all(), 'policies'] as const,
  preview: (query: SlaPreviewQuery) => [...slaKeys.all(), 'preview', query] as const,
  tickets: () => [...slaKeys.all(), 'ticket'] as const,
  ticket: (number: string, version: number | string) => [...slaKeys.tickets(), number.toUpperCase(), String(version)] as const,
};
