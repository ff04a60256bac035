import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ids } from '@/testing/fake-api';
import { renderApp } from '@/testing/legacy-test-utils';

describe('admin: audit log', () => {
  it('shows the first page and loads more with nextCursor until there is no more', async () => {
    const { user, api } = renderApp('/app/admin/audit-log', { signedInAs: ids.admin });

    const table = await screen.findByRole('table', { name: 'Eventos de seguridad, del más reciente al más antiguo' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 50);
    expect(within(table).getByText('actor-0@example.com')).toBeInTheDocument();
    expect(within(table).queryByText('actor-55@example.com')).not.toBeInTheDocument();
    const [first] = api.requestsTo('GET', '/api/admin/audit-log');
    expect(first?.query.get('limit')).toBe('50');
    expect(first?.query.has('cursor')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Cargar más' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 60));
    expect(api.requestsTo('GET', '/api/admin/audit-log')[1]?.query.get('cursor')).toBe('50');
    expect(within(table).getByText('user.created')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
    expect(screen.getByText('No hay más eventos.')).toBeInTheDocument();
  });
});
