import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { agent, ids } from '@/testing/fixtures/directory';
import { aLeg, aMatrixRow } from '@/testing/fixtures/escalations';
import { slaIds } from '@/testing/fixtures/sla';
import { directoryHandlers } from '@/testing/handlers/directory';
import { record, saveTicket, ticketOnFile, ticketPageHandlers, type TicketOnFile } from '@/testing/handlers/tickets';
import { http } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

const NUMBER = 'PQRS-2026-000001';
const PATH = `/api/tickets/${NUMBER}`;

/** Escalating opens a leg to the chosen area, due in the OLA's 8 hours, and the ticket becomes escalated. */
function escalateHandler(file: TicketOnFile) {
  return http.post('/api/tickets/{number}/escalations', async ({ request, response }) => {
    const { areaId, reason } = await request.json();
    const leg = aLeg({ ticketId: file.ticket.id, areaId: areaId ?? ids.credit, reason });
    file.legs.push(leg);
    record(file, 'escalated', { legId: leg.id, areaId, reason });
    saveTicket(file, { status: 'escalated' });
    return response(201).json(leg);
  });
}

async function openTicket(file: TicketOnFile = ticketOnFile()) {
  const view = renderApp(`/app/tickets/${NUMBER}`, {
    signedInAs: agent,
    handlers: [escalateHandler(file), ...ticketPageHandlers(file), ...directoryHandlers()],
  });
  await screen.findByRole('heading', { level: 1, name: NUMBER });
  return { ...view, file };
}

describe('ticket page: escalation', () => {
  it('preselects the matrix suggestion (parent topic row), requires a reason, escalates and lists the leg', async () => {
    // The ticket's topic (Estado del préstamo) has no row; its parent's (Préstamos) sends it to Tesorería.
    const { user, requests, file } = await openTicket(ticketOnFile(undefined, { suggestion: aMatrixRow({ areaId: ids.treasury }) }));

    const section = screen.getByRole('region', { name: 'Escalamientos' });
    expect(await within(section).findByText('Este caso no se ha escalado.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    const area = await within(dialog).findByRole('combobox', { name: 'Área' });
    expect(area).toHaveDisplayValue('Tesorería');
    expect(within(dialog).getByText('Sugerida por la matriz de escalamiento')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Escalar caso' }));
    expect(await within(dialog).findByText('Este campo es obligatorio')).toBeInTheDocument();
    expect(requests.to('POST', `${PATH}/escalations`)).toHaveLength(0);

    await fill(user, within(dialog).getByRole('textbox', { name: /Motivo para el área/ }), 'Necesitamos el estado del desembolso.');
    await user.click(within(dialog).getByRole('button', { name: 'Escalar caso' }));
    await waitFor(() => expect(requests.to('POST', `${PATH}/escalations`)).toHaveLength(1));
    expect(requests.to('POST', `${PATH}/escalations`)[0]?.body).toEqual({ areaId: ids.treasury, reason: 'Necesitamos el estado del desembolso.' });
    // The dialog says where it went and when the area's answer is due (the leg's dueAt), then closes.
    expect(await within(dialog).findByText('Caso escalado a Tesorería.')).toBeInTheDocument();
    // Due in 8 hours: 18:00 in Bogotá, the organisation's zone (the browser, in Tokyo, gets the offset).
    expect(file.legs[0]!.dueAt).toBe('2026-03-10T23:00:00.000Z');
    expect(within(dialog).getByText(/^El área debe responder antes de: martes, 10 de marzo de 2026, 6:00\sp\.\sm\. \(GMT-5\)$/)).toBeInTheDocument();
    const done = within(dialog).getByRole('button', { name: 'Listo' });
    expect(done).toHaveFocus();
    await user.click(done);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const legs = await within(section).findByRole('list', { name: `Escalamientos de ${NUMBER}` });
    const leg = within(legs).getByRole('listitem');
    expect(within(leg).getByText(/Tesorería · Ronda 1/)).toBeInTheDocument();
    expect(within(leg).getByText('Abierto')).toBeInTheDocument();
    expect(within(leg).getByText(/Necesitamos el estado del desembolso\./)).toBeInTheDocument();
    expect(within(leg).getByText(/^Vence:/)).toBeInTheDocument();
    // The ticket was reloaded: it is escalated now.
    const badges = screen.getByRole('group', { name: 'Estado, tipo y prioridad' });
    expect(await within(badges).findByText('Escalado')).toBeInTheDocument();
  });

  it('shows the area answer and the review reason of earlier legs', async () => {
    const file = ticketOnFile();
    const ticketId = file.ticket.id;
    file.legs.push({
      id: '01900000-0000-7000-8000-000000070001',
      ticketId,
      ticketNumber: NUMBER,
      round: 1,
      previousLegId: null,
      areaId: ids.credit,
      toManager: false,
      responderId: null,
      status: 'rejected',
      reason: 'Revisar desembolso',
      olaMinutes: 480,
      dueAt: '2026-03-11T15:00:00Z',
      answer: 'El desembolso salió ayer.',
      answeredAt: '2026-03-10T18:00:00Z',
      answeredBy: null,
      reviewReason: 'Falta el número de la transferencia.',
      reviewedAt: '2026-03-10T19:00:00Z',
      reviewedBy: ids.agent,
      createdBy: ids.agent,
      createdAt: '2026-03-10T15:00:00Z',
    });
    await openTicket(file);
    const section = await screen.findByRole('region', { name: 'Escalamientos' });
    const leg = await within(section).findByRole('listitem');
    expect(within(leg).getByText('Rechazado')).toBeInTheDocument();
    expect(within(leg).getByText(/El desembolso salió ayer\./)).toBeInTheDocument();
    expect(within(leg).getByText(/Falta el número de la transferencia\./)).toBeInTheDocument();
  });

  it('shows the ticket’s resolution due date in the dialog', async () => {
    const file = ticketOnFile();
    file.sla = {
      number: NUMBER,
      policyId: slaIds.lawPolicy,
      policyName: 'Ley 1755: peticiones, quejas y reclamos',
      policyVersion: 1,
      state: 'running',
      clocks: [
        {
          id: 'clock-resolution',
          kind: 'resolution',
          round: 1,
          legId: null,
          areaId: null,
          state: 'running',
          atRisk: false,
          target: { kind: 'business_days', amount: 15, calendarId: slaIds.legal },
          warningPercent: 75,
          startedAt: '2026-03-01T13:00:00Z',
          dueAt: '2026-03-20T04:59:59Z',
          warnAt: null,
          stoppedAt: null,
          breachedAt: null,
          targetSeconds: 15 * 86400,
          elapsedSeconds: 86400,
          remainingSeconds: 14 * 86400,
        },
      ],
    };
    const { user } = await openTicket(file);
    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    expect(await within(dialog).findByText(/^El caso vence \(resolución\): jueves, 19 de marzo de 2026, 11:59\sp\.\sm\. \(GMT-5\)$/)).toBeInTheDocument();

  });

  it('says so in the dialog when the ticket has no resolution due date', async () => {
    const { user } = await openTicket();
    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    expect(await within(dialog).findByText('Este caso no tiene plazo de resolución.')).toBeInTheDocument();
  });
});
