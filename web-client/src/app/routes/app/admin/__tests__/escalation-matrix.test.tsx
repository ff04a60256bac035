import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { EscalationMatrixRow } from '@/api/types';
import { admin, agent, aUser, ids } from '@/testing/fixtures/directory';
import { aMatrixRow, LOANS_ROW_ID as LOANS_ROW } from '@/testing/fixtures/escalations';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem, server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const ROSA = '01900000-0000-7000-8000-000000000003';
const TEO = '01900000-0000-7000-8000-000000000005';

/** Rosa answers for Crédito, Teo for Tesorería. */
const responders = [
  aUser({ id: ROSA, email: 'rosa@example.com', displayName: 'Rosa Crédito', roles: ['area_responder'], areaIds: [ids.credit] }),
  aUser({ id: TEO, email: 'teo@example.com', displayName: 'Teo Tesorería', roles: ['area_responder'], areaIds: [ids.treasury] }),
];

/** The matrix: one row, Préstamos to Crédito with Rosa as its default responder; rows are added, replaced (404 when gone) and removed. */
function withResponders() {
  const rows: EscalationMatrixRow[] = [aMatrixRow({ defaultResponderId: ROSA })];
  const notFound = problem(404, { code: 'not-found', detail: 'The matrix row was not found.' });
  const handlers = [
    http.get('/api/escalation/matrix', ({ response }) => response(200).json(rows)),
    http.post('/api/escalation/matrix', async ({ request, response }) => {
      const row = { ...(await request.json()), id: 'row-2' };
      rows.push(row);
      return response(201).json(row);
    }),
    http.put('/api/escalation/matrix/{id}', async ({ params, request, response }) => {
      const row = updateById(rows, params.id, await request.json());
      return row ? response(200).json(row) : response(404).json(notFound);
    }),
    http.delete('/api/escalation/matrix/{id}', ({ params, response }) => {
      rows.splice(rows.findIndex((r) => r.id === params.id), 1);
      return response(204).empty();
    }),
    ...directoryHandlers({ staff: [admin, agent, ...responders] }),
  ];
  return { rows, handlers };
}

async function openMatrix({ handlers }: ReturnType<typeof withResponders>) {
  const view = renderApp('/app/admin/escalation-matrix', { signedInAs: admin, handlers });
  await screen.findByRole('heading', { level: 1, name: 'Matriz de escalamiento' });
  const table = await screen.findByRole('table', { name: 'Filas de la matriz de escalamiento, por tema' });
  return { ...view, table };
}

function rowOf(table: HTMLElement, topic: RegExp): HTMLElement {
  return within(table).getByRole('row', { name: topic });
}

describe('escalation matrix admin', () => {
  it('lists each row with its area, default responder, next level and OLA in business hours', async () => {
    const { table } = await openMatrix(withResponders());

    const row = rowOf(table, /Crédito › Préstamos/);
    expect(within(row).getByRole('rowheader', { name: 'Crédito › Préstamos' })).toBeInTheDocument();
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 5)).toEqual(['Cualquier tipo', 'Crédito', 'Rosa Crédito', 'Tesorería', '8']);
    expect(within(table).getByRole('columnheader', { name: 'Meta de respuesta OLA (horas hábiles)' })).toBeInTheDocument();
  });

  it('adds a row with a type, a default responder of the chosen area, the manager as next level and hours sent as minutes', async () => {
    const matrix = withResponders();
    const { user, table, requests } = await openMatrix(matrix);

    await user.click(screen.getByRole('button', { name: 'Nueva fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva fila de la matriz' });
    const responder = within(dialog).getByRole('combobox', { name: 'Responsable por defecto' });
    // No area yet: nobody to choose.
    expect(responder).toBeDisabled();
    expect(responder).toHaveAccessibleDescription('Elige primero el área.');

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Tema/ }), 'Tesorería › Pagos a proveedores');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Tipo de caso/ }), 'Reclamo');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Área que responde/ }), 'Tesorería');
    // Only the members of the chosen area, from the staff directory filtered by it.
    await waitFor(() => expect(responder).toBeEnabled());
    expect(await within(responder).findByRole('option', { name: 'Teo Tesorería (teo@example.com)' })).toBeInTheDocument();
    expect(within(responder).queryByRole('option', { name: /Rosa/ })).not.toBeInTheDocument();
    expect(requests.to('GET', '/api/directory/staff').some((r) => r.query.get('areaId') === ids.treasury)).toBe(true);
    await user.selectOptions(responder, 'Teo Tesorería (teo@example.com)');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Siguiente nivel/ }), 'Jefe del área que responde');
    await user.type(within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ }), '1,5');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar fila' }));

    await waitFor(() => expect(requests.to('POST', '/api/escalation/matrix')).toHaveLength(1));
    const [request] = requests.to('POST', '/api/escalation/matrix');
    expect(request?.body).toEqual({
      topicId: ids.payments,
      ticketType: 'claim',
      areaId: ids.treasury,
      defaultResponderId: TEO,
      nextAreaId: null,
      nextToManager: true,
      olaMinutes: 90,
    });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const added = await within(table).findByRole('row', { name: /Pagos a proveedores/ });
    expect(within(added).getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual([
      'Reclamo',
      'Tesorería',
      'Teo Tesorería',
      'Jefe del área que responde',
      '1,5',
    ]);
  });

  it('edits a row: the form starts from it, changing the area clears the responder, and the change is sent with PUT', async () => {
    const matrix = withResponders();
    const { user, table, requests } = await openMatrix(matrix);

    await user.click(within(table).getByRole('button', { name: 'Editar la fila de Crédito › Préstamos (Cualquier tipo)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar fila de la matriz' });
    expect(within(dialog).getByRole('combobox', { name: /^Tema/ })).toHaveDisplayValue('Crédito › Préstamos');
    expect(within(dialog).getByRole('combobox', { name: /^Área que responde/ })).toHaveDisplayValue('Crédito');
    const responder = within(dialog).getByRole('combobox', { name: 'Responsable por defecto' });
    await waitFor(() => expect(responder).toHaveDisplayValue('Rosa Crédito (rosa@example.com)'));
    expect(within(dialog).getByRole('combobox', { name: /^Siguiente nivel/ })).toHaveDisplayValue('Área Tesorería');
    const ola = within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ });
    expect(ola).toHaveValue('8');

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Área que responde/ }), 'Tesorería');
    expect(responder).toHaveDisplayValue('Nadie en particular');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Siguiente nivel/ }), 'Ninguno');
    await user.clear(ola);
    await user.type(ola, '16');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => expect(requests.to('PUT', `/api/escalation/matrix/${LOANS_ROW}`)).toHaveLength(1));
    expect(requests.to('PUT', `/api/escalation/matrix/${LOANS_ROW}`)[0]?.body).toEqual({
      topicId: ids.loans,
      ticketType: null,
      areaId: ids.treasury,
      defaultResponderId: null,
      nextAreaId: null,
      nextToManager: false,
      olaMinutes: 960,
    });
    expect(requests.to('POST', '/api/escalation/matrix')).toHaveLength(0);
    await waitFor(() => expect(within(rowOf(table, /Crédito › Préstamos/)).getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual(['Cualquier tipo', 'Tesorería', '—', '—', '16']));
  });

  it('checks the form before sending: topic, area and a positive number of hours', async () => {
    const matrix = withResponders();
    const { user, requests } = await openMatrix(matrix);

    await user.click(screen.getByRole('button', { name: 'Nueva fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva fila de la matriz' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ }), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar fila' }));

    expect(await within(dialog).findByRole('combobox', { name: /^Tema/ })).toHaveAccessibleDescription(expect.stringContaining('Este campo es obligatorio'));
    expect(within(dialog).getByRole('combobox', { name: /^Área que responde/ })).toHaveAccessibleDescription(expect.stringContaining('Este campo es obligatorio'));
    expect(within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ })).toHaveAccessibleDescription(
      expect.stringContaining('Escribe un número de horas mayor que cero'),
    );
    expect(within(dialog).getByRole('combobox', { name: /^Tema/ })).toHaveAttribute('aria-invalid', 'true');
    expect(requests.to('POST', '/api/escalation/matrix')).toHaveLength(0);
  });

  it('puts the API’s problems on the fields: a duplicate topic and type (409), a responder outside the area and an out-of-range OLA (422)', async () => {
    const matrix = withResponders();
    const { user } = await openMatrix(matrix);
    // 409: Crédito › Préstamos already has an "any type" row.
    server.use(
      http.post('/api/escalation/matrix', ({ response }) =>
        response(409).json(problem(409, { code: 'duplicate-matrix-row', title: 'Conflict', detail: 'The matrix already has a row for this topic and ticket type.' })),
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Nueva fila' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva fila de la matriz' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Tema/ }), 'Crédito › Préstamos');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Área que responde/ }), 'Crédito');
    await user.type(within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ }), '4');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar fila' }));
    const topic = within(dialog).getByRole('combobox', { name: /^Tema/ });
    await waitFor(() => expect(topic).toHaveAccessibleDescription(expect.stringContaining('La matriz ya tiene una fila para este tema y tipo de caso.')));
    expect(dialog).toBeInTheDocument();

    // 422 on two fields at once, named as the API names them (olaMinutes is the hours field here).
    server.use(
      http.post('/api/escalation/matrix', ({ response }) =>
        response(422).json(
          problem(422, {
            title: 'One or more fields are invalid.',
            errors: {
              defaultResponderId: ['The default responder must be an active member of the area.'],
              olaMinutes: ["'Ola Minutes' must be between 1 and 100000."],
            },
          }),
        ),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Agregar fila' }));
    const responder = within(dialog).getByRole('combobox', { name: 'Responsable por defecto' });
    await waitFor(() => expect(responder).toHaveAccessibleDescription(expect.stringContaining('The default responder must be an active member of the area.')));
    expect(within(dialog).getByRole('textbox', { name: /^Meta de respuesta OLA/ })).toHaveAccessibleDescription(expect.stringContaining('must be between 1 and 100000'));

    // A problem of no field of the form is an alert with the API's detail.
    server.use(
      http.post('/api/escalation/matrix', ({ response }) =>
        response.untyped(HttpResponse.json(problem(500, { title: 'Server error', detail: 'La base de datos no responde.' }), { status: 500 })),
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Agregar fila' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('La base de datos no responde.');
  });

  it('says so when the row being edited was removed meanwhile (404) and refreshes the list', async () => {
    const matrix = withResponders();
    const { user, table } = await openMatrix(matrix);

    await user.click(within(table).getByRole('button', { name: 'Editar la fila de Crédito › Préstamos (Cualquier tipo)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar fila de la matriz' });
    matrix.rows.length = 0; // removed meanwhile
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Esta fila ya no existe');
    expect(await screen.findByText('La matriz no tiene filas.')).toBeInTheDocument();
  });

  it('removes a row only after confirming, keyboard first (Cancel has the focus)', async () => {
    const matrix = withResponders();
    const { user, table, requests } = await openMatrix(matrix);
    const deleteButton = within(table).getByRole('button', { name: 'Eliminar la fila de Crédito › Préstamos (Cualquier tipo)' });

    await user.click(deleteButton);
    let dialog = await screen.findByRole('dialog', { name: 'Eliminar fila de la matriz' });
    expect(dialog).toHaveTextContent('¿Eliminar la fila de Crédito › Préstamos (Cualquier tipo)?');
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.to('DELETE', `/api/escalation/matrix/${LOANS_ROW}`)).toHaveLength(0);

    deleteButton.focus();
    await user.keyboard('{Enter}');
    dialog = await screen.findByRole('dialog', { name: 'Eliminar fila de la matriz' });
    await user.click(within(dialog).getByRole('button', { name: 'Eliminar' }));
    await waitFor(() => expect(requests.to('DELETE', `/api/escalation/matrix/${LOANS_ROW}`)).toHaveLength(1));
    expect(await screen.findByText('La matriz no tiene filas.')).toBeInTheDocument();
  });

  it('is in English when the reader switches language', async () => {
    const { user } = await openMatrix(withResponders());

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('table', { name: 'Rows of the escalation matrix, by topic' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New row' }));
    const dialog = await screen.findByRole('dialog', { name: 'New matrix row' });
    expect(within(dialog).getByRole('textbox', { name: /^OLA answer target \(business hours\)/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: 'Default responder' })).toBeDisabled();
  });

  it('is not in the nav of a non-admin, whose URL shows no access', async () => {
    renderApp('/app/admin/escalation-matrix', { signedInAs: agent });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Matriz de escalamiento' })).not.toBeInTheDocument();
  });
});
