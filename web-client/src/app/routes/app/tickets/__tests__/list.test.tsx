import { screen, waitFor, within } from '@testing-library/react';
import type { RequestHandler } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setLanguage } from '@/lib/i18n';
import type { Ticket, TicketSlaState } from '@/api/types';
import { agent, ids } from '@/testing/fixtures/directory';
import { aSecondTicket, aTicket, minutesFromNow as at, NOW } from '@/testing/fixtures/desk';
import { directoryHandlers } from '@/testing/handlers/directory';
import { ticketListHandler } from '@/testing/handlers/tickets';
import type { SentRequests } from '@/testing/requests';
import { renderApp } from '@/testing/test-utils';

function lastListQuery(requests: SentRequests): URLSearchParams {
  const calls = requests.to('GET', '/api/tickets');
  return calls[calls.length - 1]!.query;
}

/** The two tickets on file, newest first; "Mis casos" leaves out the unassigned one. */
const twoTickets = ticketListHandler((query) => {
  const rows = [aSecondTicket(), aTicket()];
  return query.get('queue') === 'mine' ? rows.filter((t) => t.assigneeId === ids.agent) : rows;
});

function openList(url: string, list: RequestHandler = twoTickets) {
  return renderApp(url, { signedInAs: agent, handlers: [list, ...directoryHandlers()] });
}

describe('ticket list', () => {
  it('lists tickets newest first, each number linking to its page', async () => {
    const { requests } = openList('/app/tickets');

    const table = await screen.findByRole('table', { name: 'Casos' });
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((row) => row.textContent)).toEqual(['PQRS-2026-000002', 'PQRS-2026-000001']);
    expect(within(table).getByRole('link', { name: 'PQRS-2026-000001' })).toHaveAttribute('href', '/app/tickets/PQRS-2026-000001');
    const first = within(table).getByRole('rowheader', { name: 'PQRS-2026-000001' }).closest('tr')!;
    expect(within(first).getByText('Demora en el desembolso del crédito')).toBeInTheDocument();
    expect(within(first).getByText('Abierto')).toBeInTheDocument();
    expect(within(first).getByText('Reclamo')).toBeInTheDocument();
    expect(lastListQuery(requests).get('sort')).toBe('newest');
    expect(lastListQuery(requests).get('limit')).toBe('25');
  });

  it('sends the saved queue, the filters, the search and the sort to the API, and keeps them in the URL', async () => {
    const { user, requests, router } = openList('/app/tickets');
    await screen.findByRole('table', { name: 'Casos' });

    const queues = screen.getByRole('group', { name: 'Colas guardadas' });
    await user.click(within(queues).getByRole('button', { name: 'Mis casos' }));
    await waitFor(() => expect(lastListQuery(requests).get('queue')).toBe('mine'));
    expect(within(queues).getByRole('button', { name: 'Mis casos' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?queue=mine');
    const table = await screen.findByRole('table', { name: 'Casos' });
    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'PQRS-2026-000002' })).not.toBeInTheDocument());

    await user.click(within(queues).getByRole('button', { name: 'Sin asignar' }));
    await waitFor(() => expect(lastListQuery(requests).get('queue')).toBe('unassigned'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Estado' }), 'Nuevo');
    await waitFor(() => expect(lastListQuery(requests).get('status')).toBe('new'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo' }), 'Queja');
    await waitFor(() => expect(lastListQuery(requests).get('type')).toBe('complaint'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'Presencial');
    await waitFor(() => expect(lastListQuery(requests).get('channel')).toBe('walk_in'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Área' }), 'Crédito');
    await waitFor(() => expect(lastListQuery(requests).get('areaId')).toBe(ids.credit));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'Préstamos › Estado del préstamo');
    await waitFor(() => expect(lastListQuery(requests).get('topicId')).toBe(ids.loanStatus));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Orden' }), 'Sin actualizar hace más tiempo');
    await waitFor(() => expect(lastListQuery(requests).get('sort')).toBe('oldest_update'));

    const search = screen.getByRole('search', { name: 'Buscar casos' });
    await user.type(within(search).getByRole('searchbox', { name: 'Buscar' }), 'desembolso');
    await user.click(within(search).getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(lastListQuery(requests).get('q')).toBe('desembolso'));

    const query = lastListQuery(requests);
    expect(Object.fromEntries(query.entries())).toEqual({
      queue: 'unassigned',
      status: 'new',
      type: 'complaint',
      channel: 'walk_in',
      topicId: ids.loanStatus,
      q: 'desembolso',
      sort: 'oldest_update',
      limit: '25',
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('desembolso');
  });

  it('loads more with nextCursor until there is no more', async () => {
    const older: Ticket[] = [];
    for (let i = 39; i >= 10; i -= 1) {
      const number = `PQRS-2025-0000${i}`;
      older.push(aSecondTicket({ id: `id-${i}`, number, createdAt: `2025-12-${String(i - 9).padStart(2, '0')}T10:00:00Z` }));
    }
    const { user, requests } = openList('/app/tickets', ticketListHandler(() => [aSecondTicket(), aTicket(), ...older]));

    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(32));
    expect(lastListQuery(requests).get('cursor')).toBe('25');
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
    expect(screen.getByText('32 casos. No hay más.')).toBeInTheDocument();
  });
});

/** Tickets with SLA: 000001 at risk (due in 3 h 20 min), 000002 overdue by 2 h, 000003 met, 000004 paused, 000005 running. */
function withSla() {
  const open = (number: string, slaState: TicketSlaState, createdAt: string, slaDueAt: string | null = null) =>
    aSecondTicket({ id: `id-${number}`, number, createdAt, status: 'open', slaState, slaDueAt });
  const [first, second, met, paused, running] = [
    aTicket({ slaState: 'at_risk', slaDueAt: at(200) }),
    aSecondTicket({ slaState: 'breached', slaDueAt: at(-120) }),
    open('PQRS-2026-000003', 'met', '2026-03-04T13:00:00Z'),
    open('PQRS-2026-000004', 'paused', '2026-03-05T13:00:00Z'),
    open('PQRS-2026-000005', 'running', '2026-03-06T13:00:00Z', at(2 * 24 * 60 + 90)),
  ];
  return ticketListHandler((query) => {
    const slaState = query.get('slaState');
    if (slaState) return [first, second, met, paused, running].filter((t) => t.slaState === slaState);
    // The at-risk queue: at risk or overdue, the one due first on top.
    if (query.get('queue') === 'at_risk') return [second, first];
    // Due first: only the tickets whose clock counts.
    if (query.get('sort') === 'due') return [second, first, running];
    return [running, paused, met, second, first];
  });
}

function slaCellOf(table: HTMLElement, number: string): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: number }).closest('tr')!;
  const column = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent === 'SLA');
  return row.children[column] as HTMLElement;
}

describe('ticket list: SLA', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows each ticket’s SLA in words with the time left or overdue, counted from its due time', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    openList('/app/tickets', withSla());

    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(slaCellOf(table, 'PQRS-2026-000001')).toHaveTextContent('En riesgo · quedan 3 h 20 min');
    expect(slaCellOf(table, 'PQRS-2026-000002')).toHaveTextContent('Vencido hace 2 h');
    expect(slaCellOf(table, 'PQRS-2026-000003')).toHaveTextContent('Cumplido');
    expect(slaCellOf(table, 'PQRS-2026-000004')).toHaveTextContent('En pausa');
    expect(slaCellOf(table, 'PQRS-2026-000005')).toHaveTextContent('A tiempo · quedan 2 d 1 h');
    // The colour follows the state (the words say it too).
    expect(within(slaCellOf(table, 'PQRS-2026-000002')).getByText('Vencido hace 2 h').closest('[data-sla-state]')).toHaveAttribute('data-sla-state', 'breached');
  });

  it('counts an overdue clock as overdue even before the breach check marks it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW + 201 * 60_000);
    openList('/app/tickets', withSla());

    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(slaCellOf(table, 'PQRS-2026-000001')).toHaveTextContent('Vencido hace 1 min');
  });

  it('has a "Supervisores" queue: the tickets placed for a supervisor to take, such as survey recoveries', async () => {
    const { user, requests, router } = openList('/app/tickets');
    await screen.findByRole('table', { name: 'Casos' });

    const queues = screen.getByRole('group', { name: 'Colas guardadas' });
    await user.click(within(queues).getByRole('button', { name: 'Supervisores' }));
    await waitFor(() => expect(lastListQuery(requests).get('queue')).toBe('supervisors'));
    expect(within(queues).getByRole('button', { name: 'Supervisores' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?queue=supervisors');
  });

  it('has an "En riesgo" queue: at risk or overdue, the nearest due first; leaving it goes back to the newest first', async () => {
    const { user, router, requests } = openList('/app/tickets', withSla());
    await screen.findByRole('table', { name: 'Casos' });

    const queues = screen.getByRole('group', { name: 'Colas guardadas' });
    await user.click(within(queues).getByRole('button', { name: 'En riesgo' }));
    await waitFor(() => expect(lastListQuery(requests).get('queue')).toBe('at_risk'));
    expect(lastListQuery(requests).get('sort')).toBe('due');
    expect(new URLSearchParams(router.state.location.search).toString()).toBe('queue=at_risk&sort=due');
    expect(within(queues).getByRole('button', { name: 'En riesgo' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Orden' })).toHaveDisplayValue('El que vence primero');
    const table = await screen.findByRole('table', { name: 'Casos' });
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['PQRS-2026-000002', 'PQRS-2026-000001']));

    await user.click(within(queues).getByRole('button', { name: 'Mis casos' }));
    await waitFor(() => expect(lastListQuery(requests).get('queue')).toBe('mine'));
    expect(lastListQuery(requests).get('sort')).toBe('newest');
  });

  it('filters by SLA state and sorts by due time from the controls', async () => {
    const { user, requests } = openList('/app/tickets?slaState=paused', withSla());
    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(screen.getByRole('combobox', { name: 'SLA' })).toHaveDisplayValue('En pausa');
    expect(lastListQuery(requests).get('slaState')).toBe('paused');
    await waitFor(() => expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['PQRS-2026-000004']));

    await user.selectOptions(screen.getByRole('combobox', { name: 'SLA' }), 'Todos');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Orden' }), 'El que vence primero');
    await waitFor(() => expect(lastListQuery(requests).get('sort')).toBe('due'));
    expect(lastListQuery(requests).get('slaState')).toBeNull();
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Casos' })).getAllByRole('rowheader').map((r) => r.textContent)).toEqual([
        'PQRS-2026-000002',
        'PQRS-2026-000001',
        'PQRS-2026-000005',
      ]),
    );
  });

  it('says the SLA in English when the reader switches language', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    await setLanguage('en');
    openList('/app/tickets', withSla());
    const table = await screen.findByRole('table', { name: 'Tickets' });
    expect(slaCellOf(table, 'PQRS-2026-000001')).toHaveTextContent('At risk · 3 h 20 min left');
    expect(slaCellOf(table, 'PQRS-2026-000002')).toHaveTextContent('Overdue by 2 h');
    expect(within(screen.getByRole('group', { name: 'Saved queues' })).getByRole('button', { name: 'At risk' })).toBeInTheDocument();
  });
});
