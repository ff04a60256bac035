import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { Area, Topic } from '@/api/types';
import { admin, AREAS, aTopic, ids, TOPICS } from '@/testing/fixtures/directory';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem, server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

/** Crédito and Tesorería with their topics; created areas and topics join the lists, a changed topic is replaced. */
function catalogueHandlers() {
  const areas: Area[] = [...AREAS];
  const topics: Topic[] = [...TOPICS];
  return [
    ...directoryHandlers({ areas, topics }),
    http.post('/api/directory/areas', async ({ request, response }) => {
      const { code, name, managerEmail } = await request.json();
      const area: Area = { id: 'area-3', code, name, managerEmail: managerEmail ?? null, active: true };
      areas.push(area);
      return response(201).json(area);
    }),
    http.post('/api/directory/topics', async ({ request, response }) => {
      const { areaId, parentId, code, name } = await request.json();
      const topic = aTopic({ id: `topic-${topics.length + 1}`, areaId, parentId: parentId ?? null, code, name });
      topics.push(topic);
      return response(201).json(topic);
    }),
    http.put('/api/directory/topics/{id}', async ({ params, request, response }) => {
      const topic = updateById(topics, params.id, await request.json());
      return topic ? response(200).json(topic) : response(404).json(problem(404));
    }),
  ];
}

function itemNamed(list: HTMLElement, name: string): HTMLElement {
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.firstElementChild?.textContent?.includes(name));
  if (!item) throw new Error(`No list item named ${name}`);
  return item;
}

describe('admin: areas and topics', () => {
  it('lists areas and shows the topics of the selected area as a tree', async () => {
    const { user, requests } = renderApp('/app/admin/areas', { signedInAs: admin, handlers: catalogueHandlers() });

    const areas = await screen.findByRole('table', { name: 'Áreas de la organización' });
    expect(within(areas).getByRole('rowheader', { name: 'Crédito' })).toBeInTheDocument();
    expect(within(areas).getByRole('rowheader', { name: 'Tesorería' })).toBeInTheDocument();

    // The first area is selected; its topics form a two-level tree.
    const tree = await screen.findByRole('list', { name: 'Temas y subtemas de Crédito' });
    const loans = itemNamed(tree, 'Préstamos');
    const subtopics = within(loans).getByRole('list', { name: 'Préstamos' });
    expect(within(subtopics).getAllByRole('listitem')).toHaveLength(2);
    expect(within(subtopics).getByText('Estado del préstamo')).toBeInTheDocument();
    const refunds = itemNamed(subtopics, 'Devolución de cuotas');
    expect(within(refunds).getByText('Inactivo')).toBeInTheDocument();
    expect(within(loans).getByText('2 subtemas')).toBeInTheDocument();
    expect(requests.to('GET', '/api/directory/topics')[0]?.query.get('areaId')).toBe(ids.credit);

    await user.click(within(areas).getByRole('button', { name: 'Ver temas de Tesorería' }));

    const treasury = await screen.findByRole('list', { name: 'Temas y subtemas de Tesorería' });
    expect(within(treasury).getByText('Pagos a proveedores')).toBeInTheDocument();
    expect(screen.queryByText('Préstamos')).not.toBeInTheDocument();
    expect(within(areas).getByRole('button', { name: 'Ver temas de Tesorería' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('creates a subtopic under a topic', async () => {
    const { user, requests } = renderApp('/app/admin/areas', { signedInAs: admin, handlers: catalogueHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Agregar subtema a Préstamos' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo subtema de Préstamos' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Código' }), 'REFINANCIACION');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Refinanciación');
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    await waitFor(() => expect(requests.to('POST', '/api/directory/topics')).toHaveLength(1));
    const [request] = requests.to('POST', '/api/directory/topics');
    expect(request?.body).toEqual({ areaId: ids.credit, parentId: ids.loans, code: 'REFINANCIACION', name: 'Refinanciación' });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);

    const tree = screen.getByRole('list', { name: 'Temas y subtemas de Crédito' });
    const subtopics = within(itemNamed(tree, 'Préstamos')).getByRole('list', { name: 'Préstamos' });
    expect(await within(subtopics).findByText('Refinanciación')).toBeInTheDocument();
  });

  it('creates a top-level topic in the area (parentId null)', async () => {
    const { user, requests } = renderApp('/app/admin/areas', { signedInAs: admin, handlers: catalogueHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Nuevo tema' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo tema en Crédito' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Código' }), 'SEGUROS');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Seguros');
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    await waitFor(() => expect(requests.to('POST', '/api/directory/topics')).toHaveLength(1));
    expect(requests.to('POST', '/api/directory/topics')[0]?.body).toEqual({ areaId: ids.credit, parentId: null, code: 'SEGUROS', name: 'Seguros' });
    const tree = screen.getByRole('list', { name: 'Temas y subtemas de Crédito' });
    expect(await within(tree).findByText('Seguros')).toBeInTheDocument();
  });

  it('deactivates a subtopic, keeping its code and name', async () => {
    const { user, requests } = renderApp('/app/admin/areas', { signedInAs: admin, handlers: catalogueHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Desactivar Estado del préstamo' }));

    await waitFor(() => expect(requests.to('PUT', `/api/directory/topics/${ids.loanStatus}`)).toHaveLength(1));
    expect(requests.to('PUT', `/api/directory/topics/${ids.loanStatus}`)[0]?.body).toEqual({
      code: 'ESTADO',
      name: 'Estado del préstamo',
      active: false,
    });
    expect(await screen.findByRole('button', { name: 'Activar Estado del préstamo' })).toBeInTheDocument();
  });

  it('creates an area and shows a duplicate code on the code field', async () => {
    const { user, requests } = renderApp('/app/admin/areas', { signedInAs: admin, handlers: catalogueHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Nueva área' }));
    let dialog = await screen.findByRole('dialog', { name: 'Nueva área' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Código' }), 'CARTERA');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Cartera');
    await user.type(within(dialog).getByRole('textbox', { name: 'Correo del responsable' }), 'cartera@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    await waitFor(() => expect(requests.to('POST', '/api/directory/areas')).toHaveLength(1));
    expect(requests.to('POST', '/api/directory/areas')[0]?.body).toEqual({
      code: 'CARTERA',
      name: 'Cartera',
      managerEmail: 'cartera@example.com',
    });
    const areas = screen.getByRole('table', { name: 'Áreas de la organización' });
    expect(await within(areas).findByRole('rowheader', { name: 'Cartera' })).toBeInTheDocument();
    // The new area is selected, with an empty catalogue.
    expect(await screen.findByRole('heading', { name: 'Temas de Cartera' })).toBeInTheDocument();

    server.use(http.post('/api/directory/areas', ({ response }) => response(409).json(problem(409, { title: 'Conflict', detail: 'Duplicate code.' }))));
    await user.click(screen.getByRole('button', { name: 'Nueva área' }));
    dialog = await screen.findByRole('dialog', { name: 'Nueva área' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Código' }), 'CREDITO');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Otra');
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));
    const code = within(dialog).getByRole('textbox', { name: 'Código' });
    await waitFor(() => expect(code).toHaveAccessibleDescription(expect.stringContaining('Ya existe un registro con ese código.')));
  });
});
