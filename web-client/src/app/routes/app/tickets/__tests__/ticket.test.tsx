import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { agent, ids } from '@/testing/fixtures/directory';
import { aSecondTicket, aTicket, aVerification, MARIA_ID } from '@/testing/fixtures/desk';
import { directoryHandlers } from '@/testing/handlers/directory';
import { etag, isStale, record, saveTicket, ticketOnFile, ticketPageHandlers, type TicketOnFile } from '@/testing/handlers/tickets';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const NUMBER = 'PQRS-2026-000001';
const PATH = `/api/tickets/${NUMBER}`;

function panel(name: string) {
  return screen.getByRole('region', { name });
}

/**
 * The changes the page makes, as the API answers them: each saves a new version (412 when If-Match is stale)
 * and records its event on the timeline.
 */
function changeHandlers(file: TicketOnFile) {
  const stale = () => problem(412, { code: 'stale-version', currentVersion: file.ticket.version });
  return [
    http.put('/api/tickets/{number}/assignee', async ({ request, response }) => {
      if (isStale(request, file)) return response(412).json(stale());
      const { assigneeId } = await request.json();
      record(file, 'assigned', { from: file.ticket.assigneeId, assigneeId });
      return response(200).json(saveTicket(file, { assigneeId }), etag(file.ticket));
    }),
    http.post('/api/tickets/{number}/status', async ({ request, response }) => {
      if (isStale(request, file)) return response(412).json(stale());
      const { status, reason } = await request.json();
      record(file, 'status_changed', { from: file.ticket.status, to: status, reason });
      return response(200).json(saveTicket(file, { status }), etag(file.ticket));
    }),
    http.post('/api/tickets/{number}/notes', async ({ request, response }) => {
      record(file, 'note_added', { body: (await request.json()).body });
      return response(200).json(saveTicket(file), etag(file.ticket));
    }),
    http.post('/api/tickets/{number}/replies', async ({ request, response }) => {
      const { body, waitForCustomer } = await request.json();
      record(file, 'reply_added', { body });
      // This reply asks the customer for something: the API moves the ticket to "waiting for the customer".
      if (waitForCustomer) record(file, 'status_changed', { from: file.ticket.status, to: 'pending_customer', reason: 'reply' });
      return response(200).json(saveTicket(file, waitForCustomer ? { status: 'pending_customer' } : {}), etag(file.ticket));
    }),
    http.post('/api/tickets/{number}/answer', async ({ request, response }) => {
      if (isStale(request, file)) return response(412).json(stale());
      const { body, resolutionType } = await request.json();
      record(file, 'reply_added', { body });
      return response(200).json(saveTicket(file, { status: 'answered', resolutionType }), etag(file.ticket));
    }),
    http.patch('/api/tickets/{number}', async ({ request, response }) => {
      if (isStale(request, file)) return response(412).json(stale());
      const { type, priority, subject, topicId } = await request.json();
      const changes = { ...(type && { type }), ...(priority && { priority }), ...(subject && { subject }), ...(topicId && { topicId }) };
      return response(200).json(saveTicket(file, changes), etag(file.ticket));
    }),
    http.post('/api/tickets/{number}/attachments', ({ response }) => {
      file.attachments.push({
        id: '01900000-0000-7000-8000-000000000a01',
        fileName: 'adjunto.pdf',
        contentType: 'application/pdf',
        sizeBytes: 1234,
        internal: true,
        uploadedByName: 'Carlos Agente',
        createdAt: '2026-03-10T15:00:00Z',
      });
      return response(201).json(file.attachments[0]!);
    }),
  ];
}

async function openTicket(file = ticketOnFile()) {
  const view = renderApp(`/app/tickets/${file.ticket.number}`, {
    signedInAs: agent,
    handlers: [...ticketPageHandlers(file), ...changeHandlers(file), ...directoryHandlers()],
  });
  await screen.findByRole('heading', { level: 1, name: file.ticket.number });
  return { ...view, file };
}

describe('ticket page', () => {
  it('shows the header facts: number, status, type, priority, customer (linked to the 360) and topic', async () => {
    await openTicket();

    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(within(badges).getByText('Abierto')).toBeInTheDocument();
    expect(within(badges).getByText('Reclamo')).toBeInTheDocument();
    expect(within(badges).getByText('Prioridad Normal')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'María Pérez' })).toHaveAttribute('href', `/app/customers/${MARIA_ID}`);
    expect(await screen.findByText('Crédito › Préstamos › Estado del préstamo')).toBeInTheDocument();
    expect(screen.getByText('Ti')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Demora en el desembolso del crédito' })).toBeInTheDocument();
  });

  it('sends If-Match with the ETag of the last read, and the new ETag after the change', async () => {
    const { user, requests } = await openTicket();
    const assign = panel('Asignación');

    await user.click(within(assign).getByRole('button', { name: 'Quitar asignación' }));
    await waitFor(() => expect(requests.to('PUT', `${PATH}/assignee`)).toHaveLength(1));
    expect(requests.to('PUT', `${PATH}/assignee`)[0]?.headers.get('If-Match')).toBe('"3"');
    expect(requests.to('PUT', `${PATH}/assignee`)[0]?.body).toEqual({ assigneeId: null });
    expect(await within(assign).findByText('Este caso no está asignado a nadie.')).toBeInTheDocument();

    await user.click(within(assign).getByRole('button', { name: 'Asignármelo' }));
    await waitFor(() => expect(requests.to('PUT', `${PATH}/assignee`)).toHaveLength(2));
    expect(requests.to('PUT', `${PATH}/assignee`)[1]?.headers.get('If-Match')).toBe('"4"');
    expect(requests.to('PUT', `${PATH}/assignee`)[1]?.body).toEqual({ assigneeId: ids.agent });
  });

  it('on 412 tells the agent another agent changed the ticket, reloads it, and the next try uses the new ETag', async () => {
    const { user, requests, file } = await openTicket();
    saveTicket(file); // someone else saved in between
    const readsBefore = requests.to('GET', PATH).length;

    const status = panel('Estado');
    await user.selectOptions(within(status).getByRole('combobox', { name: 'Nuevo estado' }), 'Esperando al cliente');
    await user.click(within(status).getByRole('button', { name: 'Cambiar estado' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Otro agente cambió este caso; se recargó');
    await waitFor(() => expect(requests.to('GET', PATH).length).toBeGreaterThan(readsBefore));
    expect(requests.to('POST', `${PATH}/status`)[0]?.headers.get('If-Match')).toBe('"3"');

    await user.selectOptions(within(panel('Estado')).getByRole('combobox', { name: 'Nuevo estado' }), 'Esperando al cliente');
    await user.click(within(panel('Estado')).getByRole('button', { name: 'Cambiar estado' }));
    await waitFor(() => expect(requests.to('POST', `${PATH}/status`)).toHaveLength(2));
    expect(requests.to('POST', `${PATH}/status`)[1]?.headers.get('If-Match')).toBe('"4"');
    expect(requests.to('POST', `${PATH}/status`)[1]?.body).toEqual({ status: 'pending_customer', reason: null });
    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(await within(badges).findByText('Esperando al cliente')).toBeInTheDocument();
  });

  it('offers only the states the lifecycle allows from the current one', async () => {
    await openTicket(ticketOnFile(aSecondTicket()));
    const select = within(panel('Estado')).getByRole('combobox', { name: 'Nuevo estado' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Elige un estado', 'Abierto', 'Esperando al cliente']);
  });

  it('labels internal notes as never shown to the customer, and lists them apart from public replies in the timeline', async () => {
    const { user, requests } = await openTicket();
    const composer = panel('Escribir');

    await user.click(within(composer).getByRole('tab', { name: 'Nota interna' }));
    expect(within(composer).getByText('Nunca se muestra ni se envía al cliente.')).toBeVisible();
    await fill(user, within(composer).getByRole('textbox', { name: 'Nota interna para el equipo' }), 'Cliente molesto; revisar con Crédito.');
    await user.click(within(composer).getByRole('button', { name: 'Guardar nota interna' }));
    await waitFor(() => expect(requests.to('POST', `${PATH}/notes`)).toHaveLength(1));
    expect(requests.to('POST', `${PATH}/notes`)[0]?.body).toEqual({ body: 'Cliente molesto; revisar con Crédito.' });

    await user.click(within(composer).getByRole('tab', { name: 'Responder al cliente' }));
    await fill(user, within(composer).getByRole('textbox', { name: 'Respuesta al cliente' }), 'Estamos revisando su caso.');
    await user.click(within(composer).getByRole('checkbox', { name: /Pide algo al cliente/ }));
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta' }));
    await waitFor(() => expect(requests.to('POST', `${PATH}/replies`)).toHaveLength(1));
    expect(requests.to('POST', `${PATH}/replies`)[0]?.body).toEqual({ body: 'Estamos revisando su caso.', waitForCustomer: true });

    const timeline = await screen.findByRole('list', { name: `Eventos del caso ${NUMBER}, del más antiguo al más reciente` });
    const note = (await within(timeline).findByText('Cliente molesto; revisar con Crédito.')).closest('li')!;
    expect(within(note).getByText('Nota interna (no visible para el cliente)')).toBeInTheDocument();
    expect(within(note).getByText('Interna')).toBeInTheDocument();
    const reply = (await within(timeline).findByText('Estamos revisando su caso.')).closest('li')!;
    expect(within(reply).getByText('Respuesta al cliente (enviada por correo)')).toBeInTheDocument();
    expect(within(reply).getByText('Visible para el cliente')).toBeInTheDocument();
    expect(within(reply).queryByText('Interna')).not.toBeInTheDocument();
    expect(await within(timeline).findByText('Estado: Abierto → Esperando al cliente')).toBeInTheDocument();
    expect(within(timeline).getByText('Caso radicado')).toBeInTheDocument();
  });

  it('says on the timeline which recovery ticket a poorly rated survey opened, and which ticket a recovery follows up', async () => {
    const file = ticketOnFile();
    record(file, 'recovery_opened', { recoveryTicketId: ids.agent, recoveryNumber: 'PQRS-2026-000009', subject: 'Recuperación' });
    record(file, 'opened_for_recovery', { originalTicketId: null, originalNumber: 'PQRS-2026-000004', queue: 'supervisors' });
    await openTicket(file);

    const timeline = await screen.findByRole('list', { name: `Eventos del caso ${NUMBER}, del más antiguo al más reciente` });
    expect(await within(timeline).findByText('Encuesta con mala calificación: caso de recuperación PQRS-2026-000009')).toBeInTheDocument();
    const recovery = within(timeline).getByText('Recuperación de una encuesta con mala calificación').closest('li')!;
    expect(within(recovery).getByText('Sigue al caso PQRS-2026-000004')).toBeInTheDocument();
  });

  it('sends the final answer with its resolution type and If-Match', async () => {
    const { user, requests } = await openTicket();
    const composer = panel('Escribir');

    await user.click(within(composer).getByRole('tab', { name: 'Respuesta final' }));
    await fill(user, within(composer).getByRole('textbox', { name: 'Respuesta final' }), 'El desembolso se hizo el 5 de marzo.');
    await user.selectOptions(within(composer).getByRole('combobox', { name: 'Tipo de resolución' }), 'Información entregada');
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta final' }));

    await waitFor(() => expect(requests.to('POST', `${PATH}/answer`)).toHaveLength(1));
    const [answer] = requests.to('POST', `${PATH}/answer`);
    expect(answer?.headers.get('If-Match')).toBe('"3"');
    expect(answer?.body).toEqual({ body: 'El desembolso se hizo el 5 de marzo.', resolutionType: 'information_given' });
    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(await within(badges).findByText('Respondido')).toBeInTheDocument();
  });

  it('re-types the case: sends only what changed, with If-Match', async () => {
    const { user, requests } = await openTicket();
    const edit = panel('Tipificación');

    await user.selectOptions(within(edit).getByRole('combobox', { name: 'Prioridad' }), 'Alta');
    await user.selectOptions(within(edit).getByRole('combobox', { name: 'Tipo' }), 'Queja');
    await user.click(within(edit).getByRole('button', { name: 'Guardar tipificación' }));

    await waitFor(() => expect(requests.to('PATCH', PATH)).toHaveLength(1));
    const [patch] = requests.to('PATCH', PATH);
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.body).toEqual({ type: 'complaint', priority: 'high', subject: null, topicId: null });
    expect(await screen.findByText('Prioridad Alta')).toBeInTheDocument();
  });

  it('lists attachments with a download link and uploads a file as multipart "file"', async () => {
    const { user, requests } = await openTicket();
    const attachments = panel('Adjuntos');
    expect(await within(attachments).findByText('Este caso no tiene adjuntos.')).toBeInTheDocument();

    const file = new File(['%PDF-1.4 test'], 'soporte.pdf', { type: 'application/pdf' });
    await user.upload(within(attachments).getByLabelText('Archivo'), file);
    await user.click(within(attachments).getByRole('checkbox', { name: 'Solo para el equipo (nunca se muestra al cliente)' }));
    await user.click(within(attachments).getByRole('button', { name: 'Adjuntar archivo' }));

    await waitFor(() => expect(requests.to('POST', `${PATH}/attachments`)).toHaveLength(1));
    const [upload] = requests.to('POST', `${PATH}/attachments`);
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = upload?.body as FormData;
    // (jsdom's File loses its name and bytes on the way into Node's Request; a browser keeps them.)
    expect(form.has('file')).toBe(true);
    expect(form.get('internal')).toBe('true');
    const link = await within(attachments).findByRole('link', { name: 'adjunto.pdf' });
    expect(link).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/api/tickets/${NUMBER}/attachments/[0-9a-f-]+$`)));
  });

  it('warns when the requester has not proved who they are, shows what they typed, and verifying on the ticket ends the wait', async () => {
    const file = ticketOnFile(aTicket({ channel: 'web', identityPending: true, requester: { name: 'Pedro Impostor', email: 'pedro@attacker.example', phone: null } }));
    const { ticket } = file;
    // A passed verification on this ticket ends the wait.
    const verify = http.post('/api/customers/{id}/verifications', async ({ params, request, response }) => {
      const body = await request.json();
      if (body.outcome === 'passed' && body.ticketId === ticket.id) saveTicket(file, { identityPending: false });
      return response(201).json(aVerification(params.id, body));
    });
    const { user, requests } = renderApp(`/app/tickets/${NUMBER}`, {
      signedInAs: agent,
      handlers: [verify, ...ticketPageHandlers(file), ...directoryHandlers()],
    });
    await screen.findByRole('heading', { level: 1, name: NUMBER });

    const warning = await screen.findByRole('status', { name: 'Identidad no verificada' });
    expect(warning).toHaveTextContent('Las respuestas se envían solo al correo registrado');
    expect(warning).toHaveTextContent('Datos que escribió el solicitante: Pedro Impostor · pedro@attacker.example');

    await user.click(within(warning).getByRole('checkbox', { name: 'Número de documento' }));
    await user.click(within(warning).getByRole('radio', { name: 'Respondió correctamente: identidad verificada' }));
    await user.click(within(warning).getByRole('button', { name: 'Registrar verificación' }));

    await waitFor(() => expect(requests.to('POST', `/api/customers/${ticket.customer.id}/verifications`)).toHaveLength(1));
    expect(requests.to('POST', `/api/customers/${ticket.customer.id}/verifications`)[0]?.body).toMatchObject({
      ticketId: ticket.id,
      outcome: 'passed',
      checks: ['document_number'],
    });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Identidad no verificada' })).not.toBeInTheDocument());
  });
});
