import type { Customer, CustomerHistoryEntry, CustomerVerification, Ticket } from '@/api/types';

import { asListItem } from '../fixtures/desk';
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

/** What the customer 360 reads: the customer, their tickets (the list filtered by customerId), history and verifications. */
export function customerPageHandlers(file: CustomerOnFile) {
  const notFound = problem(404, { code: 'not-found' });
  const known = (id: string) => id === file.customer.id;
  return [
    http.get('/api/customers/{id}', ({ params, response }) => (known(params.id) ? response(200).json(file.customer) : response(404).json(notFound))),
    http.get('/api/customers/{id}/history', ({ params, request, response }) =>
      known(params.id) ? response(200).json(pageOf(file.history, request)) : response(404).json(notFound),
    ),
    http.get('/api/customers/{id}/verifications', ({ params, request, response }) =>
      known(params.id) ? response(200).json(pageOf(file.verifications, request)) : response(404).json(notFound),
    ),
    http.get('/api/tickets', ({ query, request, response }) =>
      response(200).json(pageOf(query.get('customerId') === file.customer.id ? file.tickets.map(asListItem) : [], request)),
    ),
  ];
}
