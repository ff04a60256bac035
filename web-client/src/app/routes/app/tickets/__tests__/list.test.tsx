import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, ids } from '@/testing/fake-api';
import { renderApp } from '@/testing/test-utils';

function lastListQuery(api: FakeApi): URLSearchParams {
  const calls = api.requestsTo('GET', '/api/tickets');
  return calls[calls.length - 1]!.query;
}

describe('ticket list', () => {
  it('lists tickets newest first, each number linking to its page', async () => {
    const { api } = renderApp('/app/tickets', { signedInAs: ids.agent });

    const table = await screen.findByRole('table', { name: 'Casos' });
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((row) => row.textContent)).toEqual(['PQRS-2026-000002', 'PQRS-2026-000001']);
    expect(within(table).getByRole('link', { name: 'PQRS-2026-000001' })).toHaveAttribute('href', '/app/tickets/PQRS-2026-000001');
    const first = within(table).getByRole('rowheader', { name: 'PQRS-2026-000001' }).closest('tr')!;
    expect(within(first).getByText('Demora en el desembolso del crédito')).toBeInTheDocument();
    expect(within(first).getByText('Abierto')).toBeInTheDocument();
    expect(within(first).getByText('Reclamo')).toBeInTheDocument();
    expect(lastListQuery(api).get('sort')).toBe('newest');
    expect(lastListQuery(api).get('limit')).toBe('25');
  });

  it('sends the saved queue, the filters, the search and the sort to the API, and keeps them in the URL', async () => {
    const { user, api, router } = renderApp('/app/tickets', { signedInAs: ids.agent });
    await screen.findByRole('table', { name: 'Casos' });

    const queues = screen.getByRole('group', { name: 'Colas guardadas' });
    await user.click(within(queues).getByRole('button', { name: 'Mis casos' }));
    await waitFor(() => expect(lastListQuery(api).get('queue')).toBe('mine'));
    expect(within(queues).getByRole('button', { name: 'Mis casos' })).toHaveAttribute('aria-pressed', 'true');
    expect(router.state.location.search).toBe('?queue=mine');
    const table = await screen.findByRole('table', { name: 'Casos' });
    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'PQRS-2026-000002' })).not.toBeInTheDocument());

    await user.click(within(queues).getByRole('button', { name: 'Sin asignar' }));
    await waitFor(() => expect(lastListQuery(api).get('queue')).toBe('unassigned'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Estado' }), 'Nuevo');
    await waitFor(() => expect(lastListQuery(api).get('status')).toBe('new'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tipo' }), 'Queja');
    await waitFor(() => expect(lastListQuery(api).get('type')).toBe('complaint'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Canal' }), 'Presencial');
    await waitFor(() => expect(lastListQuery(api).get('channel')).toBe('walk_in'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Área' }), 'Crédito');
    await waitFor(() => expect(lastListQuery(api).get('areaId')).toBe(ids.credit));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tema' }), 'Préstamos › Estado del préstamo');
    await waitFor(() => expect(lastListQuery(api).get('topicId')).toBe(ids.loanStatus));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Orden' }), 'Sin actualizar hace más tiempo');
    await waitFor(() => expect(lastListQuery(api).get('sort')).toBe('oldest_update'));

    const search = screen.getByRole('search', { name: 'Buscar casos' });
    await user.type(within(search).getByRole('searchbox', { name: 'Buscar' }), 'desembolso');
    await user.click(within(search).getByRole('button', { name: 'Buscar' }));
    await waitFor(() => expect(lastListQuery(api).get('q')).toBe('desembolso'));

    const query = lastListQuery(api);
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
    const api = new FakeApi();
    const seed = api.desk.ticket('PQRS-2026-000002');
    for (let i = 10; i < 40; i += 1) {
      const number = `PQRS-2025-0000${i}`;
      api.desk.tickets.set(number, {
        ...seed,
        ticket: { ...seed.ticket, id: `id-${i}`, number, createdAt: `2025-12-${String(i - 9).padStart(2, '0')}T10:00:00Z` },
      });
    }
    const { user } = renderApp('/app/tickets', { signedInAs: ids.agent, api });

    const table = await screen.findByRole('table', { name: 'Casos' });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(within(table).getAllByRole('rowheader')).toHaveLength(32));
    expect(lastListQuery(api).get('cursor')).toBe('25');
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
    expect(screen.getByText('32 casos. No hay más.')).toBeInTheDocument();
  });
});
