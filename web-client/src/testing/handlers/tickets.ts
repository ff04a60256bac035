import type { Attachment, EscalationLeg, EscalationMatrixRow, Ticket, TicketSla, TimelineEvent } from '@/api/types';

import { aTicket, anEvent, asListItem } from '../fixtures/desk';
import { http, problem } from '../server';
import { pageOf } from './paging';

/** What the API holds about one ticket; a test's handlers change it to script what the next reads answer. */
export interface TicketOnFile {
  ticket: Ticket;
  timeline: TimelineEvent[];
  attachments: Attachment[];
  legs: EscalationLeg[];
  /** The ticket's clocks; null: no policy applies. */
  sla: TicketSla | null;
  /** The escalation matrix's row for the ticket, if any. */
  suggestion: EscalationMatrixRow | null;
}

export function ticketOnFile(ticket: Ticket = aTicket(), more: Partial<Omit<TicketOnFile, 'ticket'>> = {}): TicketOnFile {
  const created = anEvent(1, 'created', { number: ticket.number, type: ticket.type, channel: ticket.channel, status: 'new' }, { occurredAt: ticket.createdAt });
  return { ticket, timeline: [created], attachments: [], legs: [], sla: null, suggestion: null, ...more };
}

/** The ETag header of a ticket response: its version, quoted. */
export function etag(ticket: Ticket) {
  return { headers: { ETag: `"${ticket.version}"` } };
}

/** The ticket after a saved change: the changed fields and the next version (so the next If-Match must be the new ETag). */
export function saveTicket(file: TicketOnFile, changes: Partial<Ticket> = {}): Ticket {
  file.ticket = { ...file.ticket, ...changes, version: Number(file.ticket.version) + 1 };
  return file.ticket;
}

/** Whether a change's If-Match names an older version than the one on file (the API answers 412). */
export function isStale(request: Request, file: TicketOnFile): boolean {
  return request.headers.get('If-Match') !== `"${file.ticket.version}"`;
}

/** Adds an event to the ticket's timeline, as the API records one for a change. */
export function record(file: TicketOnFile, type: string, data: unknown) {
  file.timeline.push(anEvent(file.timeline.length + 1, type, data));
}

/** What a ticket page reads: the ticket (with its ETag), timeline, attachments, escalations, matrix suggestion and SLA. */
export function ticketPageHandlers(...files: TicketOnFile[]) {
  const find = (number: string) => files.find((f) => f.ticket.number === number);
  const notFound = problem(404, { code: 'not-found' });
  return [
    http.get('/api/tickets/{number}', ({ params, response }) => {
      const file = find(params.number);
      return file ? response(200).json(file.ticket, etag(file.ticket)) : response(404).json(notFound);
    }),
    http.get('/api/tickets/{number}/timeline', ({ params, response }) => {
      const file = find(params.number);
      return file ? response(200).json(file.timeline) : response(404).json(notFound);
    }),
    http.get('/api/tickets/{number}/attachments', ({ params, response }) => {
      const file = find(params.number);
      return file ? response(200).json(file.attachments) : response(404).json(notFound);
    }),
    http.get('/api/tickets/{number}/escalations', ({ params, response }) => {
      const file = find(params.number);
      return file ? response(200).json(file.legs) : response(404).json(notFound);
    }),
    http.get('/api/tickets/{number}/escalation-suggestion', ({ params, response }) => {
      const file = find(params.number);
      return file ? response(200).json({ row: file.suggestion }) : response(404).json(notFound);
    }),
    http.get('/api/tickets/{number}/sla', ({ params, response }) => {
      const file = find(params.number);
      if (!file) return response(404).json(notFound);
      const none: TicketSla = { number: params.number, policyId: null, policyName: null, policyVersion: null, state: file.ticket.slaState, clocks: [] };
      return response(200).json(file.sla ?? none);
    }),
  ];
}

/** The ticket list: `pick` says which tickets, in which order, answer the request's query; paged by limit and cursor. */
export function ticketListHandler(pick: (query: URLSearchParams) => Ticket[]) {
  return http.get('/api/tickets', ({ request, response }) =>
    response(200).json(pageOf(pick(new URL(request.url).searchParams).map(asListItem), request)),
  );
}
