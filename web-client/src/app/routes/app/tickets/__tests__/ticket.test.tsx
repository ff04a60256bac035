import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, ids } from '@/testing/fake-api';
import { deskIds } from '@/testing/fake-desk';
import { fill, renderApp } from '@/testing/legacy-test-utils';

const NUMBER = 'PQRS-2026-000001';
const PATH = `/api/tickets/${NUMBER}`;

function panel(name: string) {
  return screen.getByRole('region', { name });
}

async function openTicket(number = NUMBER) {
  const view = renderApp(`/app/tickets/${number}`, { signedInAs: ids.agent });
  await screen.findByRole('heading', { level: 1, name: number });
  return view;
}

describe('ticket page', () => {
  it('shows the header facts: number, status, type, priority, customer (linked to the 360) and topic', async () => {
    await openTicket();

    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(within(badges).getByText('Abierto')).toBeInTheDocument();
    expect(within(badges).getByText('Reclamo')).toBeInTheDocument();
    expect(within(badges).getByText('Prioridad Normal')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'María Pérez' })).toHaveAttribute('href', `/app/customers/${deskIds.maria}`);
    expect(await screen.findByText('Crédito › Préstamos › Estado del préstamo')).toBeInTheDocument();
    expect(screen.getByText('Ti')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Demora en el desembolso del crédito' })).toBeInTheDocument();
  });

  it('sends If-Match with the ETag of the last read, and the new ETag after the change', async () => {
    const { user, api } = await openTicket();
    const assign = panel('Asignación');

    await user.click(within(assign).getByRole('button', { name: 'Quitar asignación' }));
    await waitFor(() => expect(api.requestsTo('PUT', `${PATH}/assignee`)).toHaveLength(1));
    expect(api.requestsTo('PUT', `${PATH}/assignee`)[0]?.headers.get('If-Match')).toBe('"3"');
    expect(api.requestsTo('PUT', `${PATH}/assignee`)[0]?.body).toEqual({ assigneeId: null });
    expect(await within(assign).findByText('Este caso no está asignado a nadie.')).toBeInTheDocument();

    await user.click(within(assign).getByRole('button', { name: 'Asignármelo' }));
    await waitFor(() => expect(api.requestsTo('PUT', `${PATH}/assignee`)).toHaveLength(2));
    expect(api.requestsTo('PUT', `${PATH}/assignee`)[1]?.headers.get('If-Match')).toBe('"4"');
    expect(api.requestsTo('PUT', `${PATH}/assignee`)[1]?.body).toEqual({ assigneeId: ids.agent });
  });

  it('on 412 tells the agent another agent changed the ticket, reloads it, and the next try uses the new ETag', async () => {
    const { user, api } = await openTicket();
    api.desk.bumpVersion(NUMBER); // someone else saved in between
    const readsBefore = api.requestsTo('GET', PATH).length;

    const status = panel('Estado');
    await user.selectOptions(within(status).getByRole('combobox', { name: 'Nuevo estado' }), 'Esperando al cliente');
    await user.click(within(status).getByRole('button', { name: 'Cambiar estado' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Otro agente cambió este caso; se recargó');
    await waitFor(() => expect(api.requestsTo('GET', PATH).length).toBeGreaterThan(readsBefore));
    expect(api.requestsTo('POST', `${PATH}/status`)[0]?.headers.get('If-Match')).toBe('"3"');

    await user.selectOptions(within(panel('Estado')).getByRole('combobox', { name: 'Nuevo estado' }), 'Esperando al cliente');
    await user.click(within(panel('Estado')).getByRole('button', { name: 'Cambiar estado' }));
    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/status`)).toHaveLength(2));
    expect(api.requestsTo('POST', `${PATH}/status`)[1]?.headers.get('If-Match')).toBe('"4"');
    expect(api.requestsTo('POST', `${PATH}/status`)[1]?.body).toEqual({ status: 'pending_customer', reason: null });
    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(await within(badges).findByText('Esperando al cliente')).toBeInTheDocument();
  });

  it('offers only the states the lifecycle allows from the current one', async () => {
    await openTicket('PQRS-2026-000002');
    const select = within(panel('Estado')).getByRole('combobox', { name: 'Nuevo estado' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Elige un estado', 'Abierto', 'Esperando al cliente']);
  });

  it('labels internal notes as never shown to the customer, and lists them apart from public replies in the timeline', async () => {
    const { user, api } = await openTicket();
    const composer = panel('Escribir');

    await user.click(within(composer).getByRole('tab', { name: 'Nota interna' }));
    expect(within(composer).getByText('Nunca se muestra ni se envía al cliente.')).toBeVisible();
    await fill(user, within(composer).getByRole('textbox', { name: 'Nota interna para el equipo' }), 'Cliente molesto; revisar con Crédito.');
    await user.click(within(composer).getByRole('button', { name: 'Guardar nota interna' }));
    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/notes`)).toHaveLength(1));
    expect(api.requestsTo('POST', `${PATH}/notes`)[0]?.body).toEqual({ body: 'Cliente molesto; revisar con Crédito.' });

    await user.click(within(composer).getByRole('tab', { name: 'Responder al cliente' }));
    await fill(user, within(composer).getByRole('textbox', { name: 'Respuesta al cliente' }), 'Estamos revisando su caso.');
    await user.click(within(composer).getByRole('checkbox', { name: /Pide algo al cliente/ }));
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta' }));
    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/replies`)).toHaveLength(1));
    expect(api.requestsTo('POST', `${PATH}/replies`)[0]?.body).toEqual({ body: 'Estamos revisando su caso.', waitForCustomer: true });

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

  it('sends the final answer with its resolution type and If-Match', async () => {
    const { user, api } = await openTicket();
    const composer = panel('Escribir');

    await user.click(within(composer).getByRole('tab', { name: 'Respuesta final' }));
    await fill(user, within(composer).getByRole('textbox', { name: 'Respuesta final' }), 'El desembolso se hizo el 5 de marzo.');
    await user.selectOptions(within(composer).getByRole('combobox', { name: 'Tipo de resolución' }), 'Información entregada');
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta final' }));

    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/answer`)).toHaveLength(1));
    const [answer] = api.requestsTo('POST', `${PATH}/answer`);
    expect(answer?.headers.get('If-Match')).toBe('"3"');
    expect(answer?.body).toEqual({ body: 'El desembolso se hizo el 5 de marzo.', resolutionType: 'information_given' });
    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(await within(badges).findByText('Respondido')).toBeInTheDocument();
  });

  it('re-types the case: sends only what changed, with If-Match', async () => {
    const { user, api } = await openTicket();
    const edit = panel('Tipificación');

    await user.selectOptions(within(edit).getByRole('combobox', { name: 'Prioridad' }), 'Alta');
    await user.selectOptions(within(edit).getByRole('combobox', { name: 'Tipo' }), 'Queja');
    await user.click(within(edit).getByRole('button', { name: 'Guardar tipificación' }));

    await waitFor(() => expect(api.requestsTo('PATCH', PATH)).toHaveLength(1));
    const [patch] = api.requestsTo('PATCH', PATH);
    expect(patch?.headers.get('If-Match')).toBe('"3"');
    expect(patch?.body).toEqual({ type: 'complaint', priority: 'high', subject: null, topicId: null });
    expect(await screen.findByText('Prioridad Alta')).toBeInTheDocument();
  });

  it('lists attachments with a download link and uploads a file as multipart "file"', async () => {
    const { user, api } = await openTicket();
    const attachments = panel('Adjuntos');
    expect(await within(attachments).findByText('Este caso no tiene adjuntos.')).toBeInTheDocument();

    const file = new File(['%PDF-1.4 test'], 'soporte.pdf', { type: 'application/pdf' });
    await user.upload(within(attachments).getByLabelText('Archivo'), file);
    await user.click(within(attachments).getByRole('checkbox', { name: 'Solo para el equipo (nunca se muestra al cliente)' }));
    await user.click(within(attachments).getByRole('button', { name: 'Adjuntar archivo' }));

    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/attachments`)).toHaveLength(1));
    const [upload] = api.requestsTo('POST', `${PATH}/attachments`);
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = upload?.body as FormData;
    // (jsdom's File loses its name and bytes on the way into Node's Request; a browser keeps them.)
    expect(form.has('file')).toBe(true);
    expect(form.get('internal')).toBe('true');
    const link = await within(attachments).findByRole('link', { name: 'adjunto.pdf' });
    expect(link).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/api/tickets/${NUMBER}/attachments/[0-9a-f-]+$`)));
  });

  it('warns when the requester has not proved who they are, shows what they typed, and verifying on the ticket ends the wait', async () => {
    const fake = new FakeApi();
    const { ticket } = fake.desk.ticket(NUMBER);
    ticket.channel = 'web';
    ticket.identityPending = true;
    ticket.requester = { name: 'Pedro Impostor', email: 'pedro@attacker.example', phone: null };
    const { user, api } = renderApp(`/app/tickets/${NUMBER}`, { api: fake, signedInAs: ids.agent });
    await screen.findByRole('heading', { level: 1, name: NUMBER });

    const warning = await screen.findByRole('status', { name: 'Identidad no verificada' });
    expect(warning).toHaveTextContent('Las respuestas se envían solo al correo registrado');
    expect(warning).toHaveTextContent('Datos que escribió el solicitante: Pedro Impostor · pedro@attacker.example');

    await user.click(within(warning).getByRole('checkbox', { name: 'Número de documento' }));
    await user.click(within(warning).getByRole('radio', { name: 'Respondió correctamente: identidad verificada' }));
    await user.click(within(warning).getByRole('button', { name: 'Registrar verificación' }));

    await waitFor(() => expect(api.requestsTo('POST', `/api/customers/${ticket.customer.id}/verifications`)).toHaveLength(1));
    expect(api.requestsTo('POST', `/api/customers/${ticket.customer.id}/verifications`)[0]?.body).toMatchObject({
      ticketId: ticket.id,
      outcome: 'passed',
      checks: ['document_number'],
    });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'Identidad no verificada' })).not.toBeInTheDocument());
  });
});
