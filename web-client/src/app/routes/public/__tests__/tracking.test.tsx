import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, problem } from '@/testing/fake-api';
import { fill, renderApp } from '@/testing/legacy-test-utils';

const NUMBER = 'PQRS-2026-000001';
const TOKEN = `token-${NUMBER}`;

function withConversation(): FakeApi {
  const api = new FakeApi();
  const stored = api.desk.ticket(NUMBER);
  stored.messages.push({ from: 'agent', body: 'Estamos revisando el desembolso.', at: '2026-03-02T13:00:00Z' });
  stored.messages.push({ from: 'customer', body: 'Gracias, quedo atenta.', at: '2026-03-02T14:00:00Z' });
  return api;
}

describe('tracking page (/seguimiento/:number?token=…)', () => {
  it('reads the token from the URL and shows the status and the public conversation, without a session', async () => {
    const { api } = renderApp(`/seguimiento/${NUMBER}?token=${TOKEN}`, { api: withConversation() });

    expect(await screen.findByRole('heading', { level: 1, name: `Solicitud ${NUMBER}` })).toBeInTheDocument();
    // The heading comes from the URL; the status comes from the API, so the request has been made once it shows.
    expect(await screen.findByText('Abierto')).toBeInTheDocument();
    const [call] = api.requestsTo('GET', `/api/public/tickets/${NUMBER}`);
    expect(call?.query.get('token')).toBe(TOKEN);
    expect(screen.getByText('Estamos trabajando en tu solicitud.')).toBeInTheDocument();

    const conversation = screen.getByRole('region', { name: 'Conversación' });
    const items = within(conversation).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Equipo de atención');
    expect(items[0]).toHaveTextContent('Estamos revisando el desembolso.');
    expect(items[1]).toHaveTextContent('Tú');
    expect(items[1]).toHaveTextContent('Gracias, quedo atenta.');
    expect(api.requestsTo('GET', '/api/auth/me')).toHaveLength(0);
  });

  it('lets the customer write back', async () => {
    const { user, api } = renderApp(`/seguimiento/${NUMBER}?token=${TOKEN}`, { api: withConversation() });
    const box = await screen.findByRole('textbox', { name: 'Tu mensaje' });

    await fill(user, box, 'Adjunto el comprobante por correo.');
    await user.click(screen.getByRole('button', { name: 'Enviar mensaje' }));

    expect(await screen.findByText('Adjunto el comprobante por correo.')).toBeInTheDocument();
    const [post] = api.requestsTo('POST', `/api/public/tickets/${NUMBER}/messages`);
    expect(post?.query.get('token')).toBe(TOKEN);
    expect(post?.body).toEqual({ body: 'Adjunto el comprobante por correo.' });
    expect(post?.headers.get('X-XSRF-TOKEN')).toBeNull();
    expect(screen.getByText('Enviamos tu mensaje.')).toBeInTheDocument();
  });

  it('says the request was not found when the token is wrong', async () => {
    const { api } = renderApp(`/seguimiento/${NUMBER}?token=wrong`);
    expect(await screen.findByRole('alert')).toHaveTextContent('No encontramos esta solicitud');
    expect(screen.queryByRole('region', { name: 'Conversación' })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', `/api/public/tickets/${NUMBER}`)[0]?.query.get('token')).toBe('wrong');
  });

  it('explains when the reopen window has passed', async () => {
    const api = withConversation().override(`POST /api/public/tickets/${NUMBER}/messages`, () =>
      problem(409, 'Conflict', { type: 'https://helpdesk.local/problems/reopen-window-passed', detail: 'answered more than 15 days ago' }),
    );
    const { user } = renderApp(`/seguimiento/${NUMBER}?token=${TOKEN}`, { api });
    await fill(user, await screen.findByRole('textbox', { name: 'Tu mensaje' }), 'Hola de nuevo');
    await user.click(screen.getByRole('button', { name: 'Enviar mensaje' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Esta solicitud ya se respondió y pasó el plazo para escribir sobre ella.');
    await waitFor(() => expect(within(alert).getByRole('link', { name: 'Radica una solicitud nueva.' })).toHaveAttribute('href', '/solicitud'));
  });

  it('lists the request files but never internal ones, and lets the customer attach one with the token', async () => {
    const api = withConversation();
    const stored = api.desk.ticket(NUMBER);
    const file = { contentType: 'application/pdf', sizeBytes: 10, uploadedByName: 'Carlos Agente', createdAt: '2026-03-02T13:00:00Z' };
    stored.attachments.push({ ...file, id: 'a1', fileName: 'respuesta.pdf', internal: false });
    stored.attachments.push({ ...file, id: 'a2', fileName: 'analisis-interno.pdf', internal: true });
    const { user } = renderApp(`/seguimiento/${NUMBER}?token=${TOKEN}`, { api });

    const files = await screen.findByRole('region', { name: 'Archivos' });
    expect(within(files).getByRole('link', { name: 'respuesta.pdf' })).toHaveAttribute(
      'href',
      `/api/public/tickets/${NUMBER}/attachments/a1?token=${TOKEN}`,
    );
    expect(within(files).queryByText('analisis-interno.pdf')).not.toBeInTheDocument();

    await user.upload(within(files).getByLabelText('Agregar un archivo'), new File(['x'], 'comprobante.pdf', { type: 'application/pdf' }));
    await user.click(within(files).getByRole('button', { name: 'Adjuntar archivo' }));
    expect(await within(files).findByRole('link', { name: 'archivo-3.pdf' })).toBeInTheDocument();
    const [upload] = api.requestsTo('POST', `/api/public/tickets/${NUMBER}/attachments`);
    expect(upload?.query.get('token')).toBe(TOKEN);
    expect((upload?.body as FormData).has('file')).toBe(true);
  });
});
