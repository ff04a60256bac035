import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, ids } from '@/testing/fake-api';
import { fill, renderApp } from '@/testing/legacy-test-utils';

const RESPONDER = '01900000-0000-7000-8000-000000000003';
const BACKOFFICE = '01900000-0000-7000-8000-000000000004';

function withStaff(api: FakeApi) {
  api.users.push(
    {
      id: RESPONDER,
      email: 'credito@example.com',
      displayName: 'Rosa Crédito',
      roles: ['area_responder'],
      areaIds: [ids.credit],
      active: true,
      createdAt: '2026-01-06T14:00:00Z',
    },
    {
      id: BACKOFFICE,
      email: 'bo@example.com',
      displayName: 'Beto Backoffice',
      roles: ['backoffice'],
      areaIds: [],
      active: true,
      createdAt: '2026-01-06T14:00:00Z',
    },
  );
  return api;
}

describe('area inbox', () => {
  it('shows a responder only their areas’ open legs, oldest due first, with a nav entry and no review tab', async () => {
    const api = withStaff(new FakeApi());
    api.escalations.addLeg('PQRS-2026-000001', { dueAt: '2026-03-12T15:00:00Z', reason: 'Vence después' });
    api.escalations.addLeg('PQRS-2026-000002', { dueAt: '2026-03-11T15:00:00Z', reason: 'Vence primero' });
    api.escalations.addLeg('PQRS-2026-000002', { areaId: ids.treasury, reason: 'De Tesorería' });
    renderApp('/app/escalations', { signedInAs: RESPONDER, api });

    await screen.findByRole('heading', { level: 1, name: 'Bandeja del área' });
    expect(screen.getByRole('link', { name: 'Bandeja del área' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Casos' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Por revisar' })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Escalamientos abiertos, el que vence primero arriba' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Vence primero', 'Vence después']);
    expect(within(rows[0]!).getByRole('link', { name: 'PQRS-2026-000002' })).toHaveAttribute('href', `/app/escalations/${api.escalations.legs[1]!.id}`);
  });

  it('gives back office a "Por revisar" tab with the answered legs', async () => {
    const api = withStaff(new FakeApi());
    api.escalations.addLeg('PQRS-2026-000001', { status: 'answered', answer: 'Listo', reason: 'Respondido ya' });
    api.escalations.addLeg('PQRS-2026-000002', { reason: 'Aún abierto' });
    const { user } = renderApp('/app/escalations', { signedInAs: BACKOFFICE, api });

    await user.click(await screen.findByRole('tab', { name: 'Por revisar' }));
    const table = await screen.findByRole('table', { name: 'Escalamientos respondidos por revisar' });
    expect(within(table).getByText('Respondido ya')).toBeInTheDocument();
    expect(within(table).queryByText('Aún abierto')).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/escalations').at(-1)?.query.get('status')).toBe('answered');
  });

  it('an agent gets no access', async () => {
    renderApp('/app/escalations', { signedInAs: ids.agent });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
  });
});

describe('escalation leg (responder)', () => {
  it('shows the request and the ticket, takes the leg and sends the answer', async () => {
    const api = withStaff(new FakeApi());
    const leg = api.escalations.addLeg('PQRS-2026-000001', { reason: 'Confirmar fecha de desembolso' });
    const { user } = renderApp(`/app/escalations/${leg.id}`, { signedInAs: RESPONDER, api });

    await screen.findByRole('heading', { level: 1, name: 'Escalamiento de PQRS-2026-000001' });
    expect(screen.getByText('Confirmar fecha de desembolso')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Demora en el desembolso del crédito' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tomar' }));
    await waitFor(() => expect(api.requestsTo('POST', `/api/escalations/${leg.id}/take`)).toHaveLength(1));
    expect(await screen.findByText('Lo tienes tú.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }));
    expect(await screen.findByText('Este campo es obligatorio')).toBeInTheDocument();
    await fill(user, screen.getByRole('textbox', { name: 'Respuesta del área' }), 'El desembolso sale el 15 de marzo.');
    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }));
    await waitFor(() => expect(api.requestsTo('POST', `/api/escalations/${leg.id}/answer`)).toHaveLength(1));
    expect(api.requestsTo('POST', `/api/escalations/${leg.id}/answer`)[0]?.body).toEqual({ text: 'El desembolso sale el 15 de marzo.' });
    expect(await screen.findByText('Respondido')).toBeInTheDocument();
    expect(screen.getByText('El desembolso sale el 15 de marzo.')).toBeInTheDocument();
  });

  it('a leg of another area is not found', async () => {
    const api = withStaff(new FakeApi());
    const leg = api.escalations.addLeg('PQRS-2026-000001', { areaId: ids.treasury });
    renderApp(`/app/escalations/${leg.id}`, { signedInAs: RESPONDER, api });
    expect(await screen.findByText('Este escalamiento no existe o no es de tus áreas.')).toBeInTheDocument();
  });

  it('back office opening an open leg reads the request but gets no "Tomar" and no answer box: only the area answers', async () => {
    const api = withStaff(new FakeApi());
    const leg = api.escalations.addLeg('PQRS-2026-000001', { reason: 'Confirmar fecha de desembolso' });
    renderApp(`/app/escalations/${leg.id}`, { signedInAs: BACKOFFICE, api });

    await screen.findByRole('heading', { level: 1, name: 'Escalamiento de PQRS-2026-000001' });
    expect(screen.getByText('Confirmar fecha de desembolso')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tomar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Respuesta del área' })).not.toBeInTheDocument();
  });
});

describe('escalation review (back office)', () => {
  it('shows the answer beside the request; rejecting needs a reason and opens a new leg', async () => {
    const api = withStaff(new FakeApi());
    api.desk.ticket('PQRS-2026-000001').ticket.status = 'escalated';
    const leg = api.escalations.addLeg('PQRS-2026-000001', { status: 'answered', answer: 'Sale el 15.', reason: 'Fecha de desembolso' });
    const { user } = renderApp(`/app/escalations/${leg.id}`, { signedInAs: BACKOFFICE, api });

    const answer = await screen.findByRole('region', { name: 'Respuesta del área' });
    expect(within(answer).getByText('Sale el 15.')).toBeInTheDocument();
    const original = await screen.findByRole('region', { name: 'Solicitud original del cliente' });
    expect(within(original).getByText('Demora en el desembolso del crédito')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    expect(await screen.findByText('Este campo es obligatorio')).toBeInTheDocument();
    expect(api.requestsTo('POST', `/api/escalations/${leg.id}/review`)).toHaveLength(0);
    await fill(user, screen.getByRole('textbox', { name: 'Motivo del rechazo' }), 'Falta el número de la transferencia.');
    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    await waitFor(() => expect(api.requestsTo('POST', `/api/escalations/${leg.id}/review`)).toHaveLength(1));
    expect(api.requestsTo('POST', `/api/escalations/${leg.id}/review`)[0]?.body).toEqual({ decision: 'reject', reason: 'Falta el número de la transferencia.' });
    expect(await screen.findByText('Rechazado. Se abrió un nuevo escalamiento.')).toBeInTheDocument();
    expect(api.escalations.legs).toHaveLength(2);
  });

  it('accepting opens the ticket with the final answer prefilled; the edited text is sent with If-Match', async () => {
    const api = withStaff(new FakeApi());
    api.desk.ticket('PQRS-2026-000001').ticket.status = 'escalated';
    const leg = api.escalations.addLeg('PQRS-2026-000001', { status: 'answered', answer: 'El desembolso sale el 15 de marzo.' });
    const { user, router } = renderApp(`/app/escalations/${leg.id}`, { signedInAs: BACKOFFICE, api });

    await user.click(await screen.findByRole('button', { name: 'Aceptar y preparar la respuesta' }));
    await screen.findByRole('heading', { level: 1, name: 'PQRS-2026-000001' });
    expect(router.state.location.pathname).toBe('/app/tickets/PQRS-2026-000001');
    expect(api.requestsTo('POST', `/api/escalations/${leg.id}/review`)[0]?.body).toEqual({ decision: 'accept', reason: null });

    const composer = screen.getByRole('region', { name: 'Escribir' });
    expect(within(composer).getByRole('tab', { name: 'Respuesta final' })).toHaveAttribute('aria-selected', 'true');
    const text = await within(composer).findByRole('textbox', { name: 'Respuesta final' });
    expect(text).toHaveValue('El desembolso sale el 15 de marzo.');
    await user.type(text, ' Le enviamos el comprobante.');
    await user.selectOptions(within(composer).getByRole('combobox', { name: 'Tipo de resolución' }), 'Información entregada');
    // Accepting moved the ticket back to open (a new version); the answer must carry that version's ETag.
    const version = api.desk.ticket('PQRS-2026-000001').ticket.version;
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta final' }));

    await waitFor(() => expect(api.requestsTo('POST', '/api/tickets/PQRS-2026-000001/answer')).toHaveLength(1));
    const [sent] = api.requestsTo('POST', '/api/tickets/PQRS-2026-000001/answer');
    expect(sent?.body).toEqual({ body: 'El desembolso sale el 15 de marzo. Le enviamos el comprobante.', resolutionType: 'information_given' });
    expect(sent?.headers.get('If-Match')).toBe(`"${version}"`);
    expect(await screen.findByText('Respondido')).toBeInTheDocument();
  });
});
