import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, ids } from '@/testing/fake-api';
import { slaIds } from '@/testing/fake-sla';
import { fill, renderApp } from '@/testing/legacy-test-utils';
import { DEFAULT_TIME_ZONE } from '@/config/sla';
import { formatDueInZone } from '@/utils/format';

const NUMBER = 'PQRS-2026-000001';
const PATH = `/api/tickets/${NUMBER}`;

async function openTicket() {
  const view = renderApp(`/app/tickets/${NUMBER}`, { signedInAs: ids.agent });
  await screen.findByRole('heading', { level: 1, name: NUMBER });
  return view;
}

describe('ticket page: escalation', () => {
  it('preselects the matrix suggestion (parent topic row), requires a reason, escalates and lists the leg', async () => {
    const { user, api } = await openTicket();
    // The ticket's topic (Estado del préstamo) has no row; its parent (Préstamos) sends it to Tesorería.
    api.escalations.matrix[0]!.areaId = ids.treasury;

    const section = screen.getByRole('region', { name: 'Escalamientos' });
    expect(await within(section).findByText('Este caso no se ha escalado.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    const area = await within(dialog).findByRole('combobox', { name: 'Área' });
    expect(area).toHaveDisplayValue('Tesorería');
    expect(within(dialog).getByText('Sugerida por la matriz de escalamiento')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Escalar caso' }));
    expect(await within(dialog).findByText('Este campo es obligatorio')).toBeInTheDocument();
    expect(api.requestsTo('POST', `${PATH}/escalations`)).toHaveLength(0);

    await fill(user, within(dialog).getByRole('textbox', { name: /Motivo para el área/ }), 'Necesitamos el estado del desembolso.');
    await user.click(within(dialog).getByRole('button', { name: 'Escalar caso' }));
    await waitFor(() => expect(api.requestsTo('POST', `${PATH}/escalations`)).toHaveLength(1));
    expect(api.requestsTo('POST', `${PATH}/escalations`)[0]?.body).toEqual({ areaId: ids.treasury, reason: 'Necesitamos el estado del desembolso.' });
    // The dialog says where it went and when the area's answer is due (the leg's dueAt), then closes.
    expect(await within(dialog).findByText('Caso escalado a Tesorería.')).toBeInTheDocument();
    expect(within(dialog).getByText(`El área debe responder antes de: ${formatDueInZone(api.escalations.legs[0]!.dueAt, DEFAULT_TIME_ZONE)}`)).toBeInTheDocument();
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
    const { api } = renderApp(`/app/tickets/${NUMBER}`, { signedInAs: ids.agent });
    const ticketId = api.desk.ticket(NUMBER).ticket.id;
    api.escalations.legs.push({
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
    const section = await screen.findByRole('region', { name: 'Escalamientos' });
    const leg = await within(section).findByRole('listitem');
    expect(within(leg).getByText('Rechazado')).toBeInTheDocument();
    expect(within(leg).getByText(/El desembolso salió ayer\./)).toBeInTheDocument();
    expect(within(leg).getByText(/Falta el número de la transferencia\./)).toBeInTheDocument();
  });

  it('shows the ticket’s resolution due date in the dialog', async () => {
    const api = new FakeApi();
    api.sla.ticketSla.set(NUMBER, {
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
    });
    const { user } = renderApp(`/app/tickets/${NUMBER}`, { signedInAs: ids.agent, api });
    await screen.findByRole('heading', { level: 1, name: NUMBER });
    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    expect(await within(dialog).findByText(`El caso vence (resolución): ${formatDueInZone('2026-03-20T04:59:59Z', DEFAULT_TIME_ZONE)}`)).toBeInTheDocument();

  });

  it('says so in the dialog when the ticket has no resolution due date', async () => {
    const { user } = await openTicket();
    await user.click(screen.getByRole('button', { name: 'Escalar' }));
    const dialog = await screen.findByRole('dialog', { name: `Escalar ${NUMBER}` });
    expect(await within(dialog).findByText('Este caso no tiene plazo de resolución.')).toBeInTheDocument();
  });
});
