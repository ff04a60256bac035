import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';

import type { Ticket } from '@/api/types';
import { agent, ids } from '@/testing/fixtures/directory';
import { aCustomer, aSecondTicket, aTicket, MARIA_ID, minutesFromNow } from '@/testing/fixtures/desk';
import { lawPolicy, urgentPolicy } from '@/testing/fixtures/sla';
import { customerChangeHandlers, customerHandlers, customerOnFile } from '@/testing/handlers/customers';
import { directoryHandlers } from '@/testing/handlers/directory';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

/** The promise the SLA preview makes, from NOW: Ley 1755 (8 h, 15 days), urgent cases sooner (1 h, 3 days), none for a suggestion. */
const slaPreview = http.get('/api/sla/preview', ({ query, response }) => {
  if (query.get('type') === 'suggestion') return response(200).json({ policyId: null, policyName: null, firstResponseDueAt: null, resolutionDueAt: null });
  const urgent = query.get('priority') === 'urgent';
  const policy = urgent ? urgentPolicy() : lawPolicy();
  const [firstResponse, resolution] = urgent ? [60, 3 * 24 * 60] : [480, 15 * 24 * 60];
  return response(200).json({ policyId: policy.id, policyName: policy.name, firstResponseDueAt: minutesFromNow(firstResponse), resolutionDueAt: minutesFromNow(resolution) });
});

/**
 * Intake for Carlos: María on file, the catalogue, the SLA preview, registering a customer and filing the case,
 * which becomes PQRS-2026-000003 (closed when answered at first contact). `handlers` go first.
 */
function openIntake(...handlers: RequestHandler[]) {
  const customers = [customerOnFile(aCustomer())];
  const tickets: Ticket[] = [aTicket(), aSecondTicket()];
  const register = http.post('/api/customers', async ({ request, response }) => {
    const { documentType, documentNumber, fullName, email, phones, kind } = await request.json();
    const customer = aCustomer({ id: 'customer-2', documentType: documentType ?? 'CC', documentNumber, fullName, email, phones: phones ?? [], kind, segment: null });
    customers.push(customerOnFile(customer));
    return response(201).json(customer);
  });
  const file = http.post('/api/tickets', async ({ request, response }) => {
    const { type, channel, subject, description, customerId, topicId, answerNow } = await request.json();
    const { customer } = customers.find((c) => c.customer.id === customerId)!;
    const ticket = aTicket({
      id: 'ticket-3',
      number: 'PQRS-2026-000003',
      ...{ type, channel, subject, description, topicId, version: 1 },
      customer: { id: customer.id, document: customer.documentNumber, name: customer.fullName, email: customer.email },
      status: answerNow ? 'closed' : 'new',
      resolvedAtFirstContact: answerNow !== null,
    });
    tickets.push(ticket);
    return response(201).json(ticket);
  });
  const view = renderApp('/app/intake', {
    signedInAs: agent,
    handlers: [...handlers, register, file, slaPreview, ...customerChangeHandlers(customers), ...customerHandlers(customers), ...directoryHandlers()],
  });
  return { ...view, customers, tickets };
}

type User = ReturnType<typeof renderApp>['user'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function section(name: string) {
  return screen.getByRole('region', { name });
}

async function findMaria(user: User) {
  const lookup = await screen.findByRole('search', { name: 'Buscar cliente por documento' });
  await user.type(within(lookup).getByRole('textbox', { name: 'Número de documento' }), '1020304050');
  await user.click(within(lookup).getByRole('button', { name: 'Buscar cliente' }));
  const onFile = await screen.findByRole('region', { name: 'Datos registrados del cliente' });
  expect(within(onFile).getByText('María Pérez')).toBeInTheDocument();
}

async function typeCase(user: User) {
  const form = section('4. Tipificación del caso');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Tipo' }), 'Reclamo');
  await fill(user, within(form).getByRole('textbox', { name: 'Asunto' }), 'Cobro doble de la cuota');
  await fill(user, within(form).getByRole('textbox', { name: 'Descripción' }), 'Me cobraron dos veces la cuota de marzo.');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Área' }), 'Crédito');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Tema' }), 'Préstamos');
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Subtema' }), 'Estado del préstamo');
  return form;
}

describe('intake (phone and walk-in)', () => {
  it('finds the customer, records a passed verification, updates contact data, and files the case with an Idempotency-Key', async () => {
    const { user, requests } = openIntake();
    expect(await screen.findByRole('heading', { level: 1, name: 'Radicar caso' })).toBeInTheDocument();

    await findMaria(user);
    const [search] = requests.to('GET', '/api/customers');
    expect(search?.query.get('documentType')).toBe('CC');
    expect(search?.query.get('documentNumber')).toBe('1020304050');

    const verify = section('2. Verificación de identidad');
    await user.click(within(verify).getByRole('checkbox', { name: 'Número de documento' }));
    await user.click(within(verify).getByRole('checkbox', { name: 'Teléfono registrado' }));
    await user.click(within(verify).getByRole('radio', { name: 'Respondió correctamente: identidad verificada' }));
    await user.click(within(verify).getByRole('button', { name: 'Registrar verificación' }));
    await waitFor(() => expect(requests.to('POST', `/api/customers/${MARIA_ID}/verifications`)).toHaveLength(1));
    expect(requests.to('POST', `/api/customers/${MARIA_ID}/verifications`)[0]?.body).toEqual({
      checks: ['document_number', 'registered_phone'],
      outcome: 'passed',
      channel: 'phone',
      ticketId: null,
      notes: null,
    });
    expect(await within(verify).findByText('Última verificación: superada')).toBeInTheDocument();

    const contact = section('3. Actualizar datos de contacto');
    const email = within(contact).getByRole('textbox', { name: 'Correo electrónico' });
    await user.clear(email);
    await fill(user, email, 'maria.perez@example.com');
    await user.click(within(contact).getByRole('button', { name: 'Actualizar datos de contacto' }));
    expect(await within(contact).findByText(/Datos de contacto actualizados/)).toBeInTheDocument();
    expect(requests.to('PUT', `/api/customers/${MARIA_ID}/contact`)[0]?.body).toEqual({
      email: 'maria.perez@example.com',
      phones: ['3001234567'],
      address: 'Calle 10 # 20-30',
      city: 'Medellín',
    });

    const form = await typeCase(user);
    await user.click(within(form).getByRole('button', { name: 'Radicar caso' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Caso radicado' })).toHaveFocus();
    expect(screen.getByTestId('created-ticket-number')).toHaveTextContent('PQRS-2026-000003');
    expect(screen.getByText(/Léele este número al cliente/)).toHaveTextContent('maria.perez@example.com');
    const creates = requests.to('POST', '/api/tickets');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.headers.get('Idempotency-Key')).toMatch(UUID);
    expect(creates[0]?.body).toEqual({
      type: 'claim',
      channel: 'phone',
      subject: 'Cobro doble de la cuota',
      description: 'Me cobraron dos veces la cuota de marzo.',
      customerId: MARIA_ID,
      customer: null,
      topicId: ids.loanStatus,
      priority: 'normal',
      assigneeId: null,
      answerNow: null,
    });
    expect(screen.getByRole('link', { name: 'Ver el caso' })).toHaveAttribute('href', '/app/tickets/PQRS-2026-000003');
  });

  it('answers at first contact: the ticket is created closed and its number is shown', async () => {
    const { user, requests, tickets } = openIntake();
    await findMaria(user);
    await user.click(screen.getByRole('radio', { name: 'Presencial' }));
    const form = await typeCase(user);

    await user.click(within(form).getByRole('checkbox', { name: 'Responder ahora (resolución en primer contacto)' }));
    await fill(user, within(form).getByRole('textbox', { name: 'Respuesta al cliente' }), 'Ya se reversó el segundo cobro.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Tipo de resolución' }), 'Favorable');
    await user.click(within(form).getByRole('button', { name: 'Responder y cerrar el caso' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Caso resuelto en primer contacto' })).toBeInTheDocument();
    expect(screen.getByTestId('created-ticket-number')).toHaveTextContent('PQRS-2026-000003');
    expect(screen.getByText('Cerrado')).toBeInTheDocument();
    const [create] = requests.to('POST', '/api/tickets');
    expect(create?.body).toMatchObject({
      channel: 'walk_in',
      answerNow: { body: 'Ya se reversó el segundo cobro.', resolutionType: 'favourable' },
    });
    expect(tickets.find((t) => t.number === 'PQRS-2026-000003')).toMatchObject({ status: 'closed', resolvedAtFirstContact: true });
  });

  it('shows the API refusal when contact data is changed without a passed verification', async () => {
    // The API refuses contact changes without a passed verification in the last 30 minutes.
    const refused = http.put('/api/customers/{id}/contact', ({ response }) =>
      response(422).json(
        problem(422, {
          code: 'verification-required',
          title: 'Identity verification required',
          detail: 'Contact data can change only within 30 minutes of a passed identity verification of this customer (and none failed since).',
        }),
      ),
    );
    const { user, requests, customers } = openIntake(refused);
    await findMaria(user);
    expect(section('2. Verificación de identidad')).toHaveTextContent('Sin verificación de identidad');

    const contact = section('3. Actualizar datos de contacto');
    await user.type(within(contact).getByRole('textbox', { name: 'Ciudad' }), ' centro');
    await user.click(within(contact).getByRole('button', { name: 'Actualizar datos de contacto' }));

    const alert = await within(contact).findByRole('alert');
    expect(alert).toHaveTextContent('Primero verifica la identidad');
    expect(alert).toHaveTextContent(/solo se pueden cambiar dentro de los 30 minutos siguientes a una verificación de identidad superada/);
    expect(requests.to('PUT', `/api/customers/${MARIA_ID}/contact`)).toHaveLength(1);
    expect(customers[0]?.customer.city).toBe('Medellín');
  });

  it('retries with the same Idempotency-Key after a failure, so the case is filed once', async () => {
    let calls = 0;
    // The first try fails (the contract has no 503, hence untyped); the next ones reach the filing handler.
    const unavailableOnce = http.post('/api/tickets', ({ response }) => {
      calls += 1;
      if (calls === 1) return response.untyped(HttpResponse.json(problem(503, { title: 'Service Unavailable' }), { status: 503 }));
      return undefined;
    });
    const { user, requests, tickets } = openIntake(unavailableOnce);
    await findMaria(user);
    const form = await typeCase(user);

    await user.click(within(form).getByRole('button', { name: 'Radicar caso' }));
    expect(await within(form).findByRole('alert')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Radicar caso' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Caso radicado' })).toBeInTheDocument();
    const creates = requests.to('POST', '/api/tickets');
    expect(creates).toHaveLength(2);
    expect(creates[1]?.headers.get('Idempotency-Key')).toBe(creates[0]?.headers.get('Idempotency-Key'));
    expect(tickets).toHaveLength(3);
  });

  it('registers a requester who is not on file and continues with them', async () => {
    const { user, requests } = openIntake();
    const lookup = await screen.findByRole('search', { name: 'Buscar cliente por documento' });
    await user.type(within(lookup).getByRole('textbox', { name: 'Número de documento' }), '99887766');
    await user.click(within(lookup).getByRole('button', { name: 'Buscar cliente' }));

    expect(await screen.findByText('No hay ningún cliente con el documento CC 99887766. Regístralo para continuar.')).toBeInTheDocument();
    const register = screen.getByRole('region', { name: 'Registrar cliente' });
    await user.type(within(register).getByRole('textbox', { name: 'Nombre completo' }), 'Jorge Ruiz');
    await user.selectOptions(within(register).getByRole('combobox', { name: 'Tipo de cliente' }), 'No afiliado');
    await user.type(within(register).getByRole('textbox', { name: 'Teléfonos' }), '3115551234, 6045551234');
    await user.click(within(register).getByRole('button', { name: 'Registrar cliente' }));

    const onFile = await screen.findByRole('region', { name: 'Datos registrados del cliente' });
    expect(within(onFile).getByText('Jorge Ruiz')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Registrar cliente' })).not.toBeInTheDocument();
    expect(requests.to('POST', '/api/customers')[0]?.body).toMatchObject({
      documentType: 'CC',
      documentNumber: '99887766',
      fullName: 'Jorge Ruiz',
      kind: 'non_affiliate',
      phones: ['3115551234', '6045551234'],
      email: null,
    });
  });

  it('shows the answer date to promise (in the organisation’s zone, named) as soon as the type is chosen, and again when the facts change', async () => {
    const { user, requests } = openIntake();
    await screen.findByRole('heading', { level: 1, name: 'Radicar caso' });
    const form = section('4. Tipificación del caso');
    const hint = await within(form).findByText('Elige el tipo de caso para ver la fecha de respuesta que puedes prometer al cliente.');
    expect(hint.closest('[role="status"]')).not.toBeNull();
    expect(requests.to('GET', '/api/sla/preview')).toHaveLength(0);

    // A claim by phone: Ley 1755, 15 legal days (the fake counts plain days from 2026-03-10 15:00 UTC = 10:00 in Bogotá).
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Tipo' }), 'Reclamo');
    expect(await within(form).findByText(/^Respuesta prometida: miércoles, 25 de marzo de 2026, 10:00.*\(hora de America\/Bogota\)$/)).toBeInTheDocument();
    expect(within(form).getByText(/^Primer contacto a más tardar: martes, 10 de marzo de 2026, 6:00 p\..*\(hora de America\/Bogota\)$/)).toBeInTheDocument();
    expect(within(form).getByText('Según la política «Ley 1755: peticiones, quejas y reclamos».')).toBeInTheDocument();
    expect(Object.fromEntries(requests.to('GET', '/api/sla/preview').at(-1)!.query.entries())).toEqual({ type: 'claim', channel: 'phone', priority: 'normal' });

    // Urgent wins (higher precedence); the customer's segment and the topic go along once known.
    await findMaria(user);
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Prioridad' }), 'Urgente');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Área' }), 'Crédito');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Tema' }), 'Préstamos');
    expect(await within(form).findByText(/^Respuesta prometida: viernes, 13 de marzo de 2026/)).toBeInTheDocument();
    await waitFor(() =>
      expect(Object.fromEntries(requests.to('GET', '/api/sla/preview').at(-1)!.query.entries())).toEqual({
        type: 'claim',
        channel: 'phone',
        priority: 'urgent',
        topicId: ids.loans,
        segment: 'Preferencial',
      }),
    );

    // A walk-in suggestion: no policy applies.
    await user.click(screen.getByRole('radio', { name: 'Presencial' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Prioridad' }), 'Normal');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Tipo' }), 'Sugerencia');
    expect(await within(form).findByText('Ninguna política de SLA aplica a este caso: no hay fecha que prometer.')).toBeInTheDocument();
    expect(requests.to('GET', '/api/sla/preview').at(-1)!.query.get('channel')).toBe('walk_in');
  });
});
