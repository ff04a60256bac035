import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { XSRF_TOKEN, ids } from '@/testing/fake-api';
import { renderApp } from '@/testing/legacy-test-utils';

const SECRET = 'hd_live_9f3e.SECRET-ONLY-SHOWN-ONCE-6b1c2d';

describe('admin: API keys', () => {
  it('lists keys with partner, prefix, scopes and status', async () => {
    renderApp('/app/admin/api-keys', { signedInAs: ids.admin });

    const table = await screen.findByRole('table', { name: 'Claves de API de aliados' });
    const row = within(table).getByRole('rowheader', { name: 'Banco Aliado' }).closest('tr')!;
    expect(within(row).getByText('hd_live_ab12…')).toBeInTheDocument();
    expect(within(row).getByText('tickets:read')).toBeInTheDocument();
    expect(within(row).getByText('Activa')).toBeInTheDocument();
  });

  it('creates a key for a partner and shows the secret once, with a copy button', async () => {
    const { user, api, queryClient } = renderApp('/app/admin/api-keys', { signedInAs: ids.admin });
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

    const [request] = api.requestsTo('POST', '/api/admin/api-keys');
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
    const { user, api } = renderApp('/app/admin/api-keys', { signedInAs: ids.admin });

    await user.click(await screen.findByRole('button', { name: 'Revocar la clave de Banco Aliado' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revocar clave' });
    expect(within(confirm).getByText(/¿Revocar la clave hd_live_ab12… de Banco Aliado\?/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    expect(api.requestsTo('POST', `/api/admin/api-keys/${ids.key1}/revoke`)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Revocar la clave de Banco Aliado' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Revocar clave' })).getByRole('button', { name: 'Revocar' }));

    await waitFor(() => expect(api.requestsTo('POST', `/api/admin/api-keys/${ids.key1}/revoke`)).toHaveLength(1));
    expect(api.requestsTo('POST', `/api/admin/api-keys/${ids.key1}/revoke`)[0]?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
    const row = screen.getByRole('rowheader', { name: 'Banco Aliado' }).closest('tr')!;
    expect(await within(row).findByText(/^Revocada el/)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Revocar/ })).not.toBeInTheDocument();
  });
});
