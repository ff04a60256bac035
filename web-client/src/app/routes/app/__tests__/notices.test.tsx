import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Notice } from '@/api/types';
import { agent } from '@/testing/fixtures/directory';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { ticketListHandler, ticketOnFile, ticketPageHandlers } from '@/testing/handlers/tickets';
import { http } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

/** The notice bell's handlers: the unread ones of `notices`, and marking one read. */
function noticeHandlers(notices: Notice[]) {
  return [
    http.get('/api/notices', ({ query, response }) =>
      response(200).json(notices.filter((n) => query.get('unreadOnly') !== 'true' || n.readAt === null)),
    ),
    http.post('/api/notices/{id}/read', ({ params, response }) => {
      updateById(notices, params.id, { readAt: '2026-03-10T15:00:00Z' });
      return response(204).empty();
    }),
  ];
}

describe('notices in the header', () => {
  it('shows how many are unread, opens one at its link and marks it read', async () => {
    const notices: Notice[] = [
      { id: 'n1', title: 'Nuevo escalamiento', body: 'PQRS-2026-000001 llegó a Crédito', link: '/app/tickets/PQRS-2026-000001', createdAt: '2026-03-10T15:00:00Z', readAt: null },
      { id: 'n0', title: 'Viejo', body: 'Ya leído', link: null, createdAt: '2026-03-09T15:00:00Z', readAt: '2026-03-09T16:00:00Z' },
    ];
    const ticketPage = [...ticketPageHandlers(ticketOnFile()), ...directoryHandlers()];
    const { user, router, requests } = renderApp('/app', { signedInAs: agent, handlers: [...noticeHandlers(notices), ...ticketPage] });

    const bell = await screen.findByRole('button', { name: 'Avisos: 1 sin leer' });
    expect(requests.to('GET', '/api/notices')[0]?.query.get('unreadOnly')).toBe('true');
    await user.click(bell);
    expect(screen.queryByText('Ya leído')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('menuitem', { name: /Nuevo escalamiento/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/tickets/PQRS-2026-000001'));
    await waitFor(() => expect(requests.to('POST', '/api/notices/n1/read')).toHaveLength(1));
    expect(await screen.findByRole('button', { name: 'Avisos: 0 sin leer' })).toBeInTheDocument();
  });

  it('shows a digest notice one case a line, and opens the at-risk queue from it', async () => {
    const notices: Notice[] = [{
      id: 'n2',
      title: 'Plazos: 3 en riesgo',
      body: 'En esta revisión: 3 en riesgo.\n- PQRS-2026-000001 en riesgo: primera respuesta, vence 2026-03-10 10:00\n- PQRS-2026-000002 en riesgo: primera respuesta, vence 2026-03-10 10:05',
      link: '/app/tickets?queue=at_risk&sort=due',
      createdAt: '2026-03-10T11:00:00Z',
      readAt: null,
    }];
    const ticketList = [ticketListHandler(() => []), ...directoryHandlers()];
    const { user, router } = renderApp('/app', { signedInAs: agent, handlers: [...noticeHandlers(notices), ...ticketList] });

    await user.click(await screen.findByRole('button', { name: 'Avisos: 1 sin leer' }));
    const item = await screen.findByRole('menuitem', { name: /Plazos: 3 en riesgo/ });
    const body = within(item).getByText(/PQRS-2026-000002 en riesgo/);
    expect(body).toHaveStyle({ whiteSpace: 'pre-line' });
    expect(body.textContent?.split('\n')).toHaveLength(3);
    await user.click(item);

    await waitFor(() => expect(router.state.location.pathname).toBe('/app/tickets'));
    expect(router.state.location.search).toBe('?queue=at_risk&sort=due');
  });
});
