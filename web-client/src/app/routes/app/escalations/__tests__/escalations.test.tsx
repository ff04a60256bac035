import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { EscalationLeg, User } from '@/api/types';
import { agent, aUser, ids } from '@/testing/fixtures/directory';
import { aSecondTicket, aTicket } from '@/testing/fixtures/desk';
import { aLeg } from '@/testing/fixtures/escalations';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { etag, isStale, saveTicket, ticketOnFile, ticketPageHandlers, type TicketOnFile } from '@/testing/handlers/tickets';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const RESPONDER = '01900000-0000-7000-8000-000000000003';
const BACKOFFICE = '01900000-0000-7000-8000-000000000004';

const rosa = aUser({ id: RESPONDER, email: 'credito@example.com', displayName: 'Rosa Crédito', roles: ['area_responder'], areaIds: [ids.credit] });
const beto = aUser({ id: BACKOFFICE, email: 'bo@example.com', displayName: 'Beto Backoffice', roles: ['backoffice'] });

/**
 * The escalation API over `legs` (each on one of `tickets`): the inbox lists what `inbox` picks for a status,
 * a leg outside `legs` is not found (as one of another area is for a responder), taking and answering change the leg,
 * and a review answers as the API does: accepting moves the ticket back to open, rejecting opens the next round.
 */
interface EscalationsApi {
  legs: EscalationLeg[];
  tickets: TicketOnFile[];
  /** The inbox's legs for a status (default: those of `legs` in that status). */
  inbox?: (status: string | null) => EscalationLeg[];
}

function escalationHandlers({ legs, tickets, inbox = (status) => legs.filter((l) => !status || l.status === status) }: EscalationsApi) {
  const ticketOf = (leg: EscalationLeg) => tickets.find((t) => t.ticket.id === leg.ticketId)!;
  const notFound = problem(404, { code: 'not-found' });
  return [
    http.get('/api/escalations', ({ query, response }) => response(200).json({ items: inbox(query.get('status')), nextCursor: null })),
    http.get('/api/escalations/{id}', ({ params, response }) => {
      const leg = legs.find((l) => l.id === params.id);
      return leg ? response(200).json(leg) : response(404).json(notFound);
    }),
    http.post('/api/escalations/{id}/take', ({ params, response }) => response(200).json(updateById(legs, params.id, { responderId: RESPONDER })!)),
    http.post('/api/escalations/{id}/answer', async ({ params, request, response }) => {
      const { text } = await request.json();
      return response(200).json(updateById(legs, params.id, { status: 'answered', answer: text, answeredAt: '2026-03-10T15:00:00Z', answeredBy: RESPONDER })!);
    }),
    http.post('/api/escalations/{id}/review', async ({ params, request, response }) => {
      const { decision, reason } = await request.json();
      const leg = updateById(legs, params.id, { status: decision === 'accept' ? 'accepted' : 'rejected', reviewReason: reason, reviewedAt: '2026-03-10T15:00:00Z', reviewedBy: BACKOFFICE })!;
      if (decision === 'accept') {
        saveTicket(ticketOf(leg), { status: 'open' });
        return response(200).json({ leg, draftReply: leg.answer, nextLeg: null });
      }
      const nextLeg = aLeg({ id: `${leg.id}-2`, ticketId: leg.ticketId, ticketNumber: leg.ticketNumber, areaId: leg.areaId, round: Number(leg.round) + 1, previousLegId: leg.id, reason: reason ?? '' });
      legs.push(nextLeg);
      saveTicket(ticketOf(leg), { status: 'escalated' });
      return response(200).json({ leg, draftReply: null, nextLeg });
    }),
    http.post('/api/tickets/{number}/answer', async ({ params, request, response }) => {
      const file = tickets.find((t) => t.ticket.number === params.number)!;
      if (isStale(request, file)) return response(412).json(problem(412, { code: 'stale-version' }));
      const { resolutionType } = await request.json();
      return response(200).json(saveTicket(file, { status: 'answered', resolutionType }), etag(file.ticket));
    }),
    ...ticketPageHandlers(...tickets),
    ...directoryHandlers({ staff: [agent, rosa, beto] }),
  ];
}

/** The escalation pages for this person, over these legs (by default of PQRS-2026-000001 and 000002). */
function openEscalations(url: string, signedInAs: User, { legs, tickets = [ticketOnFile(aTicket()), ticketOnFile(aSecondTicket())], inbox }: Partial<EscalationsApi> & Pick<EscalationsApi, 'legs'>) {
  return renderApp(url, { signedInAs, handlers: escalationHandlers({ legs, tickets, inbox }) });
}

const second = aSecondTicket();
const onSecond = { ticketId: second.id, ticketNumber: second.number };

describe('area inbox', () => {
  it('shows a responder only their areas’ open legs, oldest due first, with a nav entry and no review tab', async () => {
    const legs = [
      aLeg({ id: 'leg-1', dueAt: '2026-03-12T15:00:00Z', reason: 'Vence después' }),
      aLeg({ id: 'leg-2', ...onSecond, dueAt: '2026-03-11T15:00:00Z', reason: 'Vence primero' }),
      aLeg({ id: 'leg-3', ...onSecond, areaId: ids.treasury, reason: 'De Tesorería' }),
    ];
    // For Rosa the API lists Crédito's open legs only, the one due first on top.
    openEscalations('/app/escalations', rosa, { legs, inbox: () => [legs[1]!, legs[0]!] });

    await screen.findByRole('heading', { level: 1, name: 'Bandeja del área' });
    expect(screen.getByRole('link', { name: 'Bandeja del área' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Casos' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Por revisar' })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Escalamientos abiertos, el que vence primero arriba' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').at(-1)?.textContent)).toEqual(['Vence primero', 'Vence después']);
    expect(within(rows[0]!).getByRole('link', { name: 'PQRS-2026-000002' })).toHaveAttribute('href', `/app/escalations/${legs[1]!.id}`);
  });

  it('gives back office a "Por revisar" tab with the answered legs', async () => {
    const legs = [aLeg({ id: 'leg-1', status: 'answered', answer: 'Listo', reason: 'Respondido ya' }), aLeg({ id: 'leg-2', ...onSecond, reason: 'Aún abierto' })];
    const { user, requests } = openEscalations('/app/escalations', beto, { legs });

    await user.click(await screen.findByRole('tab', { name: 'Por revisar' }));
    const table = await screen.findByRole('table', { name: 'Escalamientos respondidos por revisar' });
    expect(within(table).getByText('Respondido ya')).toBeInTheDocument();
    expect(within(table).queryByText('Aún abierto')).not.toBeInTheDocument();
    expect(requests.to('GET', '/api/escalations').at(-1)?.query.get('status')).toBe('answered');
  });

  it('an agent gets no access', async () => {
    renderApp('/app/escalations', { signedInAs: agent });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
  });
});

describe('escalation leg (responder)', () => {
  it('shows the request and the ticket, takes the leg and sends the answer', async () => {
    const leg = aLeg({ reason: 'Confirmar fecha de desembolso' });
    const { user, requests } = openEscalations(`/app/escalations/${leg.id}`, rosa, { legs: [leg] });

    await screen.findByRole('heading', { level: 1, name: 'Escalamiento de PQRS-2026-000001' });
    expect(screen.getByText('Confirmar fecha de desembolso')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Demora en el desembolso del crédito' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tomar' }));
    await waitFor(() => expect(requests.to('POST', `/api/escalations/${leg.id}/take`)).toHaveLength(1));
    expect(await screen.findByText('Lo tienes tú.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }));
    expect(await screen.findByText('Este campo es obligatorio')).toBeInTheDocument();
    await fill(user, screen.getByRole('textbox', { name: 'Respuesta del área' }), 'El desembolso sale el 15 de marzo.');
    await user.click(screen.getByRole('button', { name: 'Enviar respuesta' }));
    await waitFor(() => expect(requests.to('POST', `/api/escalations/${leg.id}/answer`)).toHaveLength(1));
    expect(requests.to('POST', `/api/escalations/${leg.id}/answer`)[0]?.body).toEqual({ text: 'El desembolso sale el 15 de marzo.' });
    expect(await screen.findByText('Respondido')).toBeInTheDocument();
    expect(screen.getByText('El desembolso sale el 15 de marzo.')).toBeInTheDocument();
  });

  it('a leg of another area is not found', async () => {
    // Rosa answers for Crédito: the API does not show her Tesorería's leg.
    const leg = aLeg({ areaId: ids.treasury });
    openEscalations(`/app/escalations/${leg.id}`, rosa, { legs: [] });
    expect(await screen.findByText('Este escalamiento no existe o no es de tus áreas.')).toBeInTheDocument();
  });

  it('back office opening an open leg reads the request but gets no "Tomar" and no answer box: only the area answers', async () => {
    const leg = aLeg({ reason: 'Confirmar fecha de desembolso' });
    openEscalations(`/app/escalations/${leg.id}`, beto, { legs: [leg] });

    await screen.findByRole('heading', { level: 1, name: 'Escalamiento de PQRS-2026-000001' });
    expect(screen.getByText('Confirmar fecha de desembolso')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tomar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Respuesta del área' })).not.toBeInTheDocument();
  });
});

describe('escalation review (back office)', () => {
  it('shows the answer beside the request; rejecting needs a reason and opens a new leg', async () => {
    const leg = aLeg({ status: 'answered', answer: 'Sale el 15.', reason: 'Fecha de desembolso' });
    const legs = [leg];
    const { user, requests } = openEscalations(`/app/escalations/${leg.id}`, beto, { legs, tickets: [ticketOnFile(aTicket({ status: 'escalated' }))] });

    const answer = await screen.findByRole('region', { name: 'Respuesta del área' });
    expect(within(answer).getByText('Sale el 15.')).toBeInTheDocument();
    const original = await screen.findByRole('region', { name: 'Solicitud original del cliente' });
    expect(within(original).getByText('Demora en el desembolso del crédito')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    expect(await screen.findByText('Este campo es obligatorio')).toBeInTheDocument();
    expect(requests.to('POST', `/api/escalations/${leg.id}/review`)).toHaveLength(0);
    await fill(user, screen.getByRole('textbox', { name: 'Motivo del rechazo' }), 'Falta el número de la transferencia.');
    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    await waitFor(() => expect(requests.to('POST', `/api/escalations/${leg.id}/review`)).toHaveLength(1));
    expect(requests.to('POST', `/api/escalations/${leg.id}/review`)[0]?.body).toEqual({ decision: 'reject', reason: 'Falta el número de la transferencia.' });
    expect(await screen.findByText('Rechazado. Se abrió un nuevo escalamiento.')).toBeInTheDocument();
    expect(legs).toHaveLength(2);
  });

  it('accepting opens the ticket with the final answer prefilled; the edited text is sent with If-Match', async () => {
    const file = ticketOnFile(aTicket({ status: 'escalated' }));
    const leg = aLeg({ status: 'answered', answer: 'El desembolso sale el 15 de marzo.' });
    const { user, router, requests } = openEscalations(`/app/escalations/${leg.id}`, beto, { legs: [leg], tickets: [file] });

    await user.click(await screen.findByRole('button', { name: 'Aceptar y preparar la respuesta' }));
    await screen.findByRole('heading', { level: 1, name: 'PQRS-2026-000001' });
    expect(router.state.location.pathname).toBe('/app/tickets/PQRS-2026-000001');
    expect(requests.to('POST', `/api/escalations/${leg.id}/review`)[0]?.body).toEqual({ decision: 'accept', reason: null });

    const composer = screen.getByRole('region', { name: 'Escribir' });
    expect(within(composer).getByRole('tab', { name: 'Respuesta final' })).toHaveAttribute('aria-selected', 'true');
    const text = await within(composer).findByRole('textbox', { name: 'Respuesta final' });
    expect(text).toHaveValue('El desembolso sale el 15 de marzo.');
    await user.type(text, ' Le enviamos el comprobante.');
    await user.selectOptions(within(composer).getByRole('combobox', { name: 'Tipo de resolución' }), 'Información entregada');
    // Accepting moved the ticket back to open (a new version); the answer must carry that version's ETag.
    const version = file.ticket.version;
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta final' }));

    await waitFor(() => expect(requests.to('POST', '/api/tickets/PQRS-2026-000001/answer')).toHaveLength(1));
    const [sent] = requests.to('POST', '/api/tickets/PQRS-2026-000001/answer');
    expect(sent?.body).toEqual({ body: 'El desembolso sale el 15 de marzo. Le enviamos el comprobante.', resolutionType: 'information_given' });
    expect(sent?.headers.get('If-Match')).toBe(`"${version}"`);
    expect(await screen.findByText('Respondido')).toBeInTheDocument();
  });
});
