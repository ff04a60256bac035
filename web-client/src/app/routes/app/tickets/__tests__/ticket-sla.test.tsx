import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { SlaClock, TicketSla } from '@/api/types';
import { setLanguage } from '@/lib/i18n';
import { agent, ids } from '@/testing/fixtures/directory';
import { aTicket, minutesFromNow as at, NOW } from '@/testing/fixtures/desk';
import { slaIds } from '@/testing/fixtures/sla';
import { directoryHandlers } from '@/testing/handlers/directory';
import { etag, saveTicket, ticketOnFile, ticketPageHandlers, type TicketOnFile } from '@/testing/handlers/tickets';
import { http } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const NUMBER = 'PQRS-2026-000001';

/** The ticket page of this ticket, for Carlos; a reply is saved as a new version. */
function openTicket(file: TicketOnFile = ticketOnFile()) {
  const reply = http.post('/api/tickets/{number}/replies', ({ response }) => response(200).json(saveTicket(file), etag(file.ticket)));
  return renderApp(`/app/tickets/${NUMBER}`, { signedInAs: agent, handlers: [reply, ...ticketPageHandlers(file), ...directoryHandlers()] });
}

function clock(partial: Partial<SlaClock>): SlaClock {
  return {
    id: `clock-${partial.kind ?? 'x'}`,
    kind: 'resolution',
    round: 1,
    legId: null,
    areaId: null,
    state: 'running',
    atRisk: false,
    target: { kind: 'business_days', amount: 15, calendarId: slaIds.legal },
    warningPercent: 75,
    startedAt: '2026-03-01T13:00:00Z',
    dueAt: null,
    warnAt: null,
    stoppedAt: null,
    breachedAt: null,
    targetSeconds: 0,
    elapsedSeconds: 0,
    remainingSeconds: 0,
    ...partial,
  };
}

/** The ticket is at risk (its resolution due in 3 h 20 min); first response met; Crédito's answer overdue by 1 h 30 min. */
function withClocks(): TicketOnFile {
  const sla: TicketSla = {
    number: NUMBER,
    policyId: slaIds.lawPolicy,
    policyName: 'Ley 1755: peticiones, quejas y reclamos',
    policyVersion: 2,
    state: 'at_risk',
    clocks: [
      clock({
        id: 'c1',
        kind: 'first_response',
        state: 'met',
        target: { kind: 'business_minutes', amount: 480, calendarId: slaIds.office },
        stoppedAt: '2026-03-02T13:00:00Z',
        dueAt: '2026-03-02T20:00:00Z',
        targetSeconds: 8 * 3600,
        elapsedSeconds: 5 * 3600 + 30 * 60,
        remainingSeconds: 2 * 3600 + 30 * 60,
      }),
      clock({
        id: 'c2',
        kind: 'resolution',
        state: 'running',
        atRisk: true,
        dueAt: at(200),
        targetSeconds: 15 * 86400,
        elapsedSeconds: 12 * 86400 + 3600,
        remainingSeconds: 2 * 86400 + 23 * 3600,
      }),
      clock({
        id: 'c3',
        kind: 'ola',
        legId: 'leg-1',
        areaId: ids.credit,
        state: 'breached',
        target: { kind: 'business_minutes', amount: 480, calendarId: slaIds.office },
        dueAt: at(-90),
        breachedAt: at(-90),
        targetSeconds: 8 * 3600,
        elapsedSeconds: 9 * 3600 + 30 * 60,
        remainingSeconds: -(3600 + 30 * 60),
      }),
    ],
  };
  return ticketOnFile(aTicket({ slaState: 'at_risk', slaDueAt: at(200) }), { sla });
}

describe('ticket page: SLA', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the SLA badge in the header, with the time left, besides the status', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    openTicket(withClocks());
    await screen.findByRole('heading', { level: 1, name: NUMBER });

    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(within(badges).getByText('SLA: En riesgo · quedan 3 h 20 min')).toBeInTheDocument();
  });

  it('lists the clocks: kind (the area’s for an OLA), state in words, due, business time used and left, target', async () => {
    openTicket(withClocks());
    const panel = await screen.findByRole('region', { name: 'SLA' });
    expect(await within(panel).findByText('Política: Ley 1755: peticiones, quejas y reclamos (v2)')).toBeInTheDocument();

    const list = within(panel).getByRole('list', { name: `Relojes de SLA de ${NUMBER}` });
    const [first, resolution, ola] = within(list).getAllByRole('listitem');
    expect(within(first!).getByText('Primera respuesta')).toBeInTheDocument();
    expect(within(first!).getByText('Cumplido')).toBeInTheDocument();
    expect(within(first!).getByText('Se detuvo')).toBeInTheDocument();
    expect(within(first!).getByText('5 h 30 min en horas hábiles')).toBeInTheDocument();
    expect(within(first!).queryByText('Restante')).not.toBeInTheDocument();
    expect(within(first!).getByText('8 h hábiles')).toBeInTheDocument();

    expect(within(resolution!).getByText('Resolución')).toBeInTheDocument();
    expect(within(resolution!).getByText('En riesgo')).toBeInTheDocument();
    expect(within(resolution!).getByText('12 d 1 h en días hábiles legales')).toBeInTheDocument();
    expect(within(resolution!).getByText('2 d 23 h')).toBeInTheDocument();
    expect(within(resolution!).getByText('15 días hábiles legales')).toBeInTheDocument();

    expect(within(ola!).getByText('Respuesta de Crédito (OLA)')).toBeInTheDocument();
    expect(within(ola!).getByText('Vencido')).toBeInTheDocument();
    expect(within(ola!).getByText('vencido por 1 h 30 min')).toBeInTheDocument();
  });

  it('lists each round of a reopened ticket, and says when a clock has no due date', async () => {
    const file = ticketOnFile();
    file.sla = {
      number: NUMBER,
      policyId: slaIds.lawPolicy,
      policyName: 'Ley 1755: peticiones, quejas y reclamos',
      policyVersion: 1,
      state: 'running',
      clocks: [
        clock({ id: 'r1', kind: 'resolution', round: 1, state: 'met', stoppedAt: '2026-03-02T13:00:00Z', dueAt: '2026-03-20T05:00:00Z' }),
        clock({ id: 'r2', kind: 'resolution', round: 2, state: 'running', dueAt: null, targetSeconds: 15 * 86400 }),
      ],
    };
    openTicket(file);
    const panel = await screen.findByRole('region', { name: 'SLA' });
    const list = await within(panel).findByRole('list', { name: `Relojes de SLA de ${NUMBER}` });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first!).getByText('Resolución')).toBeInTheDocument();
    expect(within(first!).getByText('Cumplido')).toBeInTheDocument();
    expect(within(second!).getByText('Resolución · ronda 2 (reabierto)')).toBeInTheDocument();
    expect(within(second!).getByText('Sin fecha: el calendario no tiene tiempo hábil suficiente para esta meta')).toBeInTheDocument();
  });

  it('says when no policy applies, and shows no SLA badge', async () => {
    openTicket();
    const panel = await screen.findByRole('region', { name: 'SLA' });
    expect(await within(panel).findByText('Ninguna política de SLA aplica a este caso.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Estado, tipo y prioridad' })).queryByText(/^SLA:/)).not.toBeInTheDocument();
  });

  it('reads the clocks again after the ticket changes (a reply may meet the first response)', async () => {
    const { user, requests } = openTicket(withClocks());
    const panel = await screen.findByRole('region', { name: 'SLA' });
    await within(panel).findByRole('list', { name: `Relojes de SLA de ${NUMBER}` });
    const reads = requests.to('GET', `/api/tickets/${NUMBER}/sla`).length;

    const composer = screen.getByRole('region', { name: 'Escribir' });
    await fill(user, within(composer).getByRole('textbox', { name: /Respuesta al cliente/ }), 'Ya revisamos su caso.');
    await user.click(within(composer).getByRole('button', { name: 'Enviar respuesta' }));
    await waitFor(() => expect(requests.to('GET', `/api/tickets/${NUMBER}/sla`).length).toBeGreaterThan(reads));
  });

  it('is in English when the reader switches language', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await setLanguage('en');
    openTicket(withClocks());
    await screen.findByRole('heading', { level: 1, name: NUMBER });
    expect(screen.getByText('SLA: At risk · 3 h 20 min left')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'SLA' });
    expect(await within(panel).findByText('Answer from Crédito (OLA)')).toBeInTheDocument();
    expect(within(panel).getByText('overdue by 1 h 30 min')).toBeInTheDocument();
    expect(within(panel).getByText('15 legal business days')).toBeInTheDocument();
  });
});
