import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ids } from '@/testing/fake-api';
import { renderApp } from '@/testing/test-utils';

describe('escalation matrix admin', () => {
  it('lists the rows, adds one and deletes one', async () => {
    const { user, api } = renderApp('/app/admin/escalation-matrix', { signedInAs: ids.admin });
    await screen.findByRole('heading', { level: 1, name: 'Matriz de escalamiento' });
    const table = await screen.findByRole('table', { name: 'Matriz de escalamiento' });
    const row = await within(table).findByRole('row', { name: /Crédito › Préstamos/ });
    expect(within(row).getByText('Tesorería')).toBeInTheDocument();
    expect(within(row).getByText('480')).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Agregar fila' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Tema' }), 'Tesorería › Pagos a proveedores');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Área' }), 'Tesorería');
    await user.click(within(form).getByRole('button', { name: 'Agregar fila' }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/escalation/matrix')).toHaveLength(1));
    expect(api.requestsTo('POST', '/api/escalation/matrix')[0]?.body).toEqual({
      topicId: ids.payments,
      ticketType: null,
      areaId: ids.treasury,
      defaultResponderId: null,
      nextAreaId: null,
      nextToManager: false,
      olaMinutes: 480,
    });
    expect(await within(table).findByRole('row', { name: /Pagos a proveedores/ })).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Eliminar la fila de Crédito › Préstamos' }));
    await waitFor(() => expect(api.requestsTo('DELETE', '/api/escalation/matrix/01900000-0000-7000-8000-0000000000f1')).toHaveLength(1));
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Crédito › Préstamos/ })).not.toBeInTheDocument());
  });

  it('is not in the nav of a non-admin, whose URL shows no access', async () => {
    renderApp('/app/admin/escalation-matrix', { signedInAs: ids.agent });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Matriz de escalamiento' })).not.toBeInTheDocument();
  });
});
