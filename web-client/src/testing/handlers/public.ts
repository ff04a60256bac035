import type { TrackedTicket } from '@/api/types';

import { minutesFromNow } from '../fixtures/desk';
import { http, problem } from '../server';

/**
 * The customer's tracking page of one request: reading it, writing back and attaching files, all with its token.
 * An attached file is listed as `uploadedFileName`.
 */
export function trackingHandlers(tracked: TrackedTicket, token: string, uploadedFileName = 'archivo.pdf') {
  const notFound = problem(404, { code: 'not-found' });
  return [
    http.get('/api/public/tickets/{number}', ({ params, query, response }) =>
      params.number === tracked.number && query.get('token') === token ? response(200).json(tracked) : response(404).json(notFound),
    ),
    http.post('/api/public/tickets/{number}/messages', async ({ request, response }) => {
      const { body } = await request.json();
      tracked.messages.push({ from: 'customer', body, at: minutesFromNow(tracked.messages.length) });
      return response(200).json(tracked);
    }),
    http.post('/api/public/tickets/{number}/attachments', ({ response }) => {
      const attachment = { id: `file-${tracked.attachments.length + 1}`, fileName: uploadedFileName, sizeBytes: 2048, createdAt: minutesFromNow(1) };
      tracked.attachments.push(attachment);
      return response(201).json({ ...attachment, contentType: 'application/pdf', internal: false, uploadedByName: 'María Pérez' });
    }),
  ];
}
