import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { AuditEntry } from '@/api/types';
import { admin, ids } from '@/testing/fixtures/directory';
import { pageOf } from '@/testing/handlers/paging';
import { http } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

/** 60 events, newest first; the oldest is the only "user.created". */
const EVENTS: AuditEntry[] = Array.from({ length: 60 }, (_, i) => ({
  id: `01900000-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`,
  occurredAt: new Date(Date.UTC(2026, 2, 1, 12, 0, 0) - i * 60_000).toISOString(),
  eventType: i === 59 ? 'user.created' : 'login.succeeded',
  actorUserId: ids.admin,
  actorEmail: `actor-${i}@example.com`,
  subject: `subject-${i}`,
  sourceIp: '127.0.0.1',
  details: null,
}));

const auditLog = http.get('/api/admin/audit-log', ({ request, response }) => response(200).json(pageOf(EVENTS, request)));

describe('admin: audit log', () => {
  it('shows the first page and loads more with nextCursor until there is no more', async () => {
    const { user, requests } = renderApp('/app/admin/audit-log', { signedInAs: admin, handlers: [auditLog] });

    const table = await screen.findByRole('table', { name: 'Eventos de seguridad, del más reciente al más antiguo' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 50);
    expect(within(table).getByText('actor-0@example.com')).toBeInTheDocument();
    expect(within(table).queryByText('actor-55@example.com')).not.toBeInTheDocument();
    const [first] = requests.to('GET', '/api/admin/audit-log');
    expect(first?.query.get('limit')).toBe('50');
    expect(first?.query.has('cursor')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 60));
    expect(requests.to('GET', '/api/admin/audit-log')[1]?.query.get('cursor')).toBe('50');
    expect(within(table).getByText('user.created')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
    expect(screen.getByText('No hay más eventos.')).toBeInTheDocument();
  });
});
