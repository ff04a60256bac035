import type { Customer, CustomerHistoryEntry, CustomerVerification, Ticket } from '@/api/types';

import { asCustomerListItem, asListItem, aVerification, minutesFromNow } from '../fixtures/desk';
import { ids } from '../fixtures/directory';
import { http, problem } from '../server';
import { pageOf } from './paging';

/** What the API holds about one customer; tests' handlers change it to script the next reads. */
export interface CustomerOnFile {
  customer: Customer;
  tickets: Ticket[];
  history: CustomerHistoryEntry[];
  verifications: CustomerVerification[];
}

export function customerOnFile(customer: Customer, more: Partial<Omit<CustomerOnFile, 'customer'>> = {}): CustomerOnFile {
  return { customer, tickets: [], history: [], verifications: [], ...more };
}

const notFound = problem(404, { code: 'not-found' });

/**
 * The customers' reads: search by document, the customer, their tickets (the list filtered by customerId),
 * history and verifications. A test that registers a customer adds its file to `files`.
 */
export function customerHandlers(files: CustomerOnFile[]) {
  const find = (id: string | null) => files.find((f) => f.customer.id === id);
  return [
    http.get('/api/customers', ({ query, request, response }) => {
      const type = query.get('documentType');
      const number = query.get('documentNumber');
      const found = files.map((f) => f.customer).filter((c) => (!type || c.documentType === type) && (!number || c.documentNumber === number));
      return response(200).json(pageOf(found.map(asCustomerListItem), request));
    }),
    http.get('/api/customers/{id}', ({ params, response }) => {
      const file = find(params.id);
      return file ? response(200).json(file.customer) : response(404).json(notFound);
    }),
    http.get('/api/customers/{id}/history', ({ params, request, response }) => {
      const file = find(params.id);
      return file ? response(200).json(pageOf(file.history, request)) : response(404).json(notFound);
    }),
    http.get('/api/customers/{id}/verifications', ({ params, request, response }) => {
      const file = find(params.id);
      return file ? response(200).json(pageOf(file.verifications, request)) : response(404).json(notFound);
    }),
    http.get('/api/tickets', ({ query, request, response }) =>
      response(200).json(pageOf((find(query.get('customerId'))?.tickets ?? []).map(asListItem), request)),
    ),
  ];
}

/**
 * Recording a verification and changing contact data, as the API answers when it accepts them: the verification
 * becomes the customer's last one (a passed one allows contact changes for 30 minutes), and each changed contact
 * field is a history entry.
 */
export function customerChangeHandlers(files: CustomerOnFile[]) {
  const find = (id: string) => files.find((f) => f.customer.id === id);
  return [
    http.post('/api/customers/{id}/verifications', async ({ params, request, response }) => {
      const file = find(params.id);
      if (!file) return response(404).json(notFound);
      const verification = aVerification(params.id, await request.json(), `verification-${file.verifications.length + 1}`);
      const { id, outcome, checks, channel, verifiedBy, verifiedByEmail, verifiedAt, ticketId } = verification;
      file.verifications.unshift(verification);
      file.customer = {
        ...file.customer,
        lastVerification: { id, outcome, checks, channel, verifiedBy, verifiedByEmail, verifiedAt, ticketId },
        contactChangeAllowedUntil: outcome === 'passed' ? minutesFromNow(30) : null,
      };
      return response(201).json(verification);
    }),
    http.put('/api/customers/{id}/contact', async ({ params, request, response }) => {
      const file = find(params.id);
      if (!file) return response(404).json(notFound);
      const { email, phones, address, city } = await request.json();
      const before = file.customer;
      file.customer = { ...before, email, phones: phones ?? [], address, city };
      for (const field of ['email', 'address', 'city'] as const) {
        if (before[field] === file.customer[field]) continue;
        file.history.unshift({
          id: `change-${file.history.length + 1}`,
          field,
          oldValue: before[field],
          newValue: file.customer[field],
          changedBy: ids.agent,
          changedByEmail: 'carlos.agente@example.com',
          changedAt: minutesFromNow(1),
          verificationId: before.lastVerification?.id ?? null,
        });
      }
      return response(200).json(file.customer);
    }),
  ];
}
