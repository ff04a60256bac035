import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { ApiKey } from '@/api/types';
import { admin, ids } from '@/testing/fixtures/directory';
import { updateById } from '@/testing/handlers/lists';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const SECRET = 'hd_live_9f3e.SECRET-ONLY-SHOWN-ONCE-6b1c2d';

/** Banco Aliado's key; creating one answers with its secret (once), revoking stamps revokedAt. */
function apiKeyHandlers() {
  const keys: ApiKey[] = [
    {
      id: ids.key1,
      partnerId: '01900000-0000-7000-8000-0000000000d1',
      partnerName: 'Banco Aliado',
      scopes: ['tickets:read'],
      keyPrefix: 'hd_live_ab12',
      createdAt: '2026-02-01T10:00:00Z',
      revokedAt: null,
    },
  ];
  return [
    http.get('/api/admin/api-keys', ({ response }) => response(200).json(keys)),
    http.post('/api/admin/api-keys', async ({ request, response }) => {
      const { partnerName, scopes } = await request.json();
      const key: ApiKey = { id: 'key-2', partnerId: 'partner-2', partnerName, scopes, keyPrefix: 'hd_live_9f3e', createdAt: '2026-03-02T10:00:00Z', revokedAt: null };
      keys.push(key);
      return response(201).json({ ...key, key: SECRET });
    }),
    http.post('/api/admin/api-keys/{id}/revoke', ({ params, response }) => {
      const key = updateById(keys, params.id, { revokedAt: '2026-03-03T10:00:00Z' });
      return key ? response(200).json(key) : response(404).json(problem(404));
    }),
  ];
}

describe('admin: API keys', () => {
  it('lists keys with partner, prefix, scopes and status', async () => {
    renderApp('/app/admin/api-keys', { signedInAs: admin, handlers: apiKeyHandlers() });

    const table = await screen.findByRole('table', { name: 'Claves de API de aliados' });
    const row = within(table).getByRole('rowheader', { name: 'Banco Aliado' }).closest('tr')!;
    expect(within(row).getByText('hd_live_ab12…')).toBeInTheDocument();
    expect(within(row).getByText('tickets:read')).toBeInTheDocument();
    expect(within(row).getByText('Activa')).toBeInTheDocument();
  });

  it('creates a key for a partner and shows the secret once, with a copy button', async () => {
    const { user, requests, queryClient } = renderApp('/app/admin/api-keys', { signedInAs: admin, handlers: apiKeyHandlers() });
    await screen.findByRole('table', { name: 'Claves de API de aliados' });

    await user.click(screen.getByRole('button', { name: 'Nueva clave' }));
    const form = await screen.findByRole('dialog', { name: 'Nueva clave de API' });
    await user.type(within(form).getByRole('textbox', { name: 'Aliado' }), 'Pagos Express');
    await user.click(within(form).getByRole('checkbox', { name: /^tickets:read/ }));
    await user.click(within(form).getByRole('checkbox', { name: /^tickets:write/ }));
    await user.click(within(form).getByRole('button', { name: 'Crear' }));

    const shown = await screen.findByRole('dialog', { name: 'Clave creada' });
    expect(within(shown).getByRole('textbox', { name: 'Clave de API' })).toHaveValue(SECRET);
    expect(within(shown).getByText('Copia la clave ahora: no se volverá a mostrar.')).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Copiar' })).toBeInTheDocument();

    const [request] = requests.to('POST', '/api/admin/api-keys');
    expect(request?.body).toEqual({ partnerName: 'Pagos Express', scopes: ['tickets:read', 'tickets:write'] });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);

    await user.click(within(shown).getByRole('button', { name: 'Listo, ya la copié' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Clave creada' })).not.toBeInTheDocument());
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Claves de API de aliados' });
    expect(await within(table).findByRole('rowheader', { name: 'Pagos Express' })).toBeInTheDocument();
    // Nothing kept the secret around for a later render.
    const cached = JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data));
    expect(cached).not.toContain(SECRET);
    const mutations = JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data));
    expect(mutations).not.toContain(SECRET);
  });

  it('revokes a key only after confirming', async () => {
    const { user, requests } = renderApp('/app/admin/api-keys', { signedInAs: admin, handlers: apiKeyHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Revocar la clave de Banco Aliado' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revocar clave' });
    expect(within(confirm).getByText(/¿Revocar la clave hd_live_ab12… de Banco Aliado\?/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    expect(requests.to('POST', `/api/admin/api-keys/${ids.key1}/revoke`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revocar la clave de Banco Aliado' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Revocar clave' })).getByRole('button', { name: 'Revocar' }));

    await waitFor(() => expect(requests.to('POST', `/api/admin/api-keys/${ids.key1}/revoke`)).toHaveLength(1));
    expect(requests.to('POST', `/api/admin/api-keys/${ids.key1}/revoke`)[0]?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
    const row = screen.getByRole('rowheader', { name: 'Banco Aliado' }).closest('tr')!;
    expect(await within(row).findByText(/^Revocada el/)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Revocar/ })).not.toBeInTheDocument();
  });
});
