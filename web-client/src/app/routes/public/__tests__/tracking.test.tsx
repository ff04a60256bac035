import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { RequestHandler } from 'msw';

import type { TrackedTicket } from '@/api/types';
import { trackingHandlers } from '@/testing/handlers/public';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const NUMBER = 'PQRS-2026-000001';
const TOKEN = `token-${NUMBER}`;

/** María's open request with a short public conversation, as the tracking API shows it. */
function withConversation(): TrackedTicket {
  return {
    number: NUMBER,
    type: 'claim',
    status: 'open',
    subject: 'Demora en el desembolso del crédito',
    createdAt: '2026-03-01T13:00:00Z',
    answeredAt: null,
    messages: [
      { from: 'agent', body: 'Estamos revisando el desembolso.', at: '2026-03-02T13:00:00Z' },
      { from: 'customer', body: 'Gracias, quedo atenta.', at: '2026-03-02T14:00:00Z' },
    ],
    attachments: [],
  };
}

/** The tracking page without a session; `handlers` go first. */
function openTracking(token: string, tracked = withConversation(), ...handlers: RequestHandler[]) {
  // The file a customer attaches is the request's third (one public and one internal before it).
  return renderApp(`/seguimiento/${NUMBER}?token=${token}`, { handlers: [...handlers, ...trackingHandlers(tracked, TOKEN, 'archivo-3.pdf')] });
}

describe('tracking page (/seguimiento/:number?token=…)', () => {
  it('reads the token from the URL and shows the status and the public conversation, without a session', async () => {
    const { requests } = openTracking(TOKEN);

    expect(await screen.findByRole('heading', { level: 1, name: `Solicitud ${NUMBER}` })).toBeInTheDocument();
    // The heading comes from the URL; the status comes from the API, so the request has been made once it shows.
    expect(await screen.findByText('Abierto')).toBeInTheDocument();
    const [call] = requests.to('GET', `/api/public/tickets/${NUMBER}`);
    expect(call?.query.get('token')).toBe(TOKEN);
    expect(screen.getByText('Estamos trabajando en tu solicitud.')).toBeInTheDocument();

    const conversation = screen.getByRole('region', { name: 'Conversación' });
    const items = within(conversation).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Equipo de atención');
    expect(items[0]).toHaveTextContent('Estamos revisando el desembolso.');
    expect(items[1]).toHaveTextContent('Tú');
    expect(items[1]).toHaveTextContent('Gracias, quedo atenta.');
    expect(requests.to('GET', '/api/auth/me')).toHaveLength(0);
  });

  it('lets the customer write back', async () => {
    const { user, requests } = openTracking(TOKEN);
    const box = await screen.findByRole('textbox', { name: 'Tu mensaje' });

    await fill(user, box, 'Adjunto el comprobante por correo.');
    await user.click(screen.getByRole('button', { name: 'Enviar mensaje' }));

    expect(await screen.findByText('Adjunto el comprobante por correo.')).toBeInTheDocument();
    const [post] = requests.to('POST', `/api/public/tickets/${NUMBER}/messages`);
    expect(post?.query.get('token')).toBe(TOKEN);
    expect(post?.body).toEqual({ body: 'Adjunto el comprobante por correo.' });
    expect(post?.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(screen.getByText('Enviamos tu mensaje.')).toBeInTheDocument();
  });

  it('says the request was not found when the token is wrong', async () => {
    const { requests } = openTracking('wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('No encontramos esta solicitud');
    expect(screen.queryByRole('region', { name: 'Conversación' })).not.toBeInTheDocument();
    expect(requests.to('GET', `/api/public/tickets/${NUMBER}`)[0]?.query.get('token')).toBe('wrong');
  });

  it('explains when the reopen window has passed', async () => {
    const windowPassed = http.post('/api/public/tickets/{number}/messages', ({ response }) =>
      response(409).json(problem(409, { code: 'reopen-window-passed', title: 'Conflict', detail: 'answered more than 15 days ago' })),
    );
    const { user } = openTracking(TOKEN, withConversation(), windowPassed);
    await fill(user, await screen.findByRole('textbox', { name: 'Tu mensaje' }), 'Hola de nuevo');
    await user.click(screen.getByRole('button', { name: 'Enviar mensaje' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Esta solicitud ya se respondió y pasó el plazo para escribir sobre ella.');
    await waitFor(() => expect(within(alert).getByRole('link', { name: 'Radica una solicitud nueva.' })).toHaveAttribute('href', '/solicitud'));
  });

  it('lists the request files but never internal ones, and lets the customer attach one with the token', async () => {
    // The request also has an internal file, "analisis-interno.pdf", which the tracking API never lists.
    const tracked = withConversation();
    tracked.attachments.push({ id: 'a1', fileName: 'respuesta.pdf', sizeBytes: 10, createdAt: '2026-03-02T13:00:00Z' });
    const { user, requests } = openTracking(TOKEN, tracked);

    const files = await screen.findByRole('region', { name: 'Archivos' });
    expect(within(files).getByRole('link', { name: 'respuesta.pdf' })).toHaveAttribute(
      'href',
      `/api/public/tickets/${NUMBER}/attachments/a1?token=${TOKEN}`,
    );
    expect(within(files).queryByText('analisis-interno.pdf')).not.toBeInTheDocument();

    await user.upload(within(files).getByLabelText('Agregar un archivo'), new File(['x'], 'comprobante.pdf', { type: 'application/pdf' }));
    await user.click(within(files).getByRole('button', { name: 'Adjuntar archivo' }));
    expect(await within(files).findByRole('link', { name: 'archivo-3.pdf' })).toBeInTheDocument();
    const [upload] = requests.to('POST', `/api/public/tickets/${NUMBER}/attachments`);
    expect(upload?.query.get('token')).toBe(TOKEN);
    expect((upload?.body as FormData).has('file')).toBe(true);
  });

  it('shows the dates and the conversation in the organisation’s zone and names it, without a session', async () => {
    // Filed at 20:00 UTC: 1 March, 15:00 in Bogotá (the organisation), but already 2 March in Tokyo (this browser).
    const tracked = { ...withConversation(), createdAt: '2026-03-01T20:00:00Z' };
    const { requests } = openTracking(TOKEN, tracked);
    const banner = await screen.findByRole('banner');
    expect(await within(banner).findByText('Horas en America/Bogota (GMT-5)')).toBeInTheDocument();
    expect(requests.to('GET', '/api/directory/organisation')).toHaveLength(1);
    expect(requests.to('GET', '/api/auth/me')).toHaveLength(0);

    expect((await screen.findByText('Radicada', { selector: 'dt' })).nextElementSibling).toHaveTextContent(/^1\/03\/2026$/);
    const conversation = screen.getByRole('region', { name: 'Conversación' });
    const [first] = within(conversation).getAllByRole('listitem');
    expect(within(first!).getByText(/^2\/03\/2026, 8:00\sa\.\sm\.$/, { selector: 'time' })).toHaveAttribute('datetime', '2026-03-02T13:00:00Z');
  });
});
