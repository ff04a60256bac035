import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { User as StaffUser } from '@/api/types';
import { admin, agent, aUser, ids } from '@/testing/fixtures/directory';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem, server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

/** Ana and Carlos; a created user joins the list, an edited one is replaced. */
function userHandlers() {
  const users: StaffUser[] = [admin, agent];
  return [
    ...directoryHandlers(),
    http.get('/api/admin/users', ({ response }) => response(200).json(users)),
    http.post('/api/admin/users', async ({ request, response }) => {
      const { email, displayName, roles, areaIds } = await request.json();
      const user = aUser({ id: 'user-3', email, displayName, roles, areaIds: areaIds ?? [], createdAt: '2026-03-01T10:00:00Z' });
      users.push(user);
      return response(201).json(user);
    }),
    http.put('/api/admin/users/{id}', async ({ params, request, response }) => {
      const { displayName, roles, areaIds, active } = await request.json();
      const user = updateById(users, params.id, { displayName, roles, areaIds: areaIds ?? [], active });
      return user ? response(200).json(user) : response(404).json(problem(404));
    }),
  ];
}

type User = ReturnType<typeof renderApp>['user'];

async function pick(user: User, dialog: HTMLElement, field: string, options: string[]) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  for (const option of options) await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

describe('admin: users', () => {
  it('lists users with their roles, areas and status', async () => {
    renderApp('/app/admin/users', { signedInAs: admin, handlers: userHandlers() });

    const table = await screen.findByRole('table', { name: 'Usuarios del sistema' });
    const carlos = (await within(table).findByRole('rowheader', { name: 'Carlos Agente' })).closest('tr')!;
    expect(within(carlos).getByText('carlos.agente@example.com')).toBeInTheDocument();
    expect(within(carlos).getByText('Agente')).toBeInTheDocument();
    await waitFor(() => expect(within(carlos).getByText('Crédito')).toBeInTheDocument());
    expect(within(carlos).getByText('Activo')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ana Administradora' })).toBeInTheDocument();
  });

  it('creates a user: sends the right body with the X-XSRF-TOKEN header and shows the new row', async () => {
    const { user, requests } = renderApp('/app/admin/users', { signedInAs: admin, handlers: userHandlers() });
    await screen.findByRole('table', { name: 'Usuarios del sistema' });

    await user.click(screen.getByRole('button', { name: 'Nuevo usuario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo usuario' });
    expect(within(dialog).getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Correo electrónico' }), 'beatriz@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' }), 'Beatriz Back');
    await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), 'una-clave-larga-123');
    await pick(user, dialog, 'Roles', ['Back office', 'Supervisor']);
    await pick(user, dialog, 'Áreas', ['Tesorería']);
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    await waitFor(() => expect(requests.to('POST', '/api/admin/users')).toHaveLength(1));
    const [request] = requests.to('POST', '/api/admin/users');
    expect(request?.body).toEqual({
      email: 'beatriz@example.com',
      displayName: 'Beatriz Back',
      password: 'una-clave-larga-123',
      roles: ['backoffice', 'supervisor'],
      areaIds: [ids.treasury],
    });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);

    const table = screen.getByRole('table', { name: 'Usuarios del sistema' });
    expect(await within(table).findByRole('rowheader', { name: 'Beatriz Back' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nuevo usuario' })).not.toBeInTheDocument());
    // The toast's close button has a name too (the dialog's is gone, so this one is the toast's).
    expect(await screen.findByText('Usuario Beatriz Back creado')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeInTheDocument();
  });

  it('validates before sending and puts API field errors and a duplicate email on the fields', async () => {
    const invalid = http.post('/api/admin/users', ({ response }) =>
      response(422).json(problem(422, { title: 'One or more fields are invalid.', errors: { displayName: ['The name is too long.'] } })),
    );
    const { user, requests } = renderApp('/app/admin/users', { signedInAs: admin, handlers: [invalid, ...userHandlers()] });
    await screen.findByRole('table', { name: 'Usuarios del sistema' });

    await user.click(screen.getByRole('button', { name: 'Nuevo usuario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo usuario' });
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));
    expect(await within(dialog).findByText('Elige al menos un rol')).toBeInTheDocument();
    expect(requests.to('POST', '/api/admin/users')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Correo electrónico' }), 'nuevo@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' }), 'Nombre');
    await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), 'una-clave-larga-123');
    await pick(user, dialog, 'Roles', ['Agente']);
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    const nameInput = within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' });
    await waitFor(() => expect(nameInput).toHaveAccessibleDescription(expect.stringContaining('The name is too long.')));

    server.use(http.post('/api/admin/users', ({ response }) => response(409).json(problem(409, { title: 'Conflict', detail: 'Duplicate email.' }))));
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));
    const emailInput = within(dialog).getByRole('textbox', { name: 'Correo electrónico' });
    await waitFor(() => expect(emailInput).toHaveAccessibleDescription(expect.stringContaining('Ya existe un usuario con ese correo.')));
  });

  it('edits a user: display name, roles, areas and active', async () => {
    const { user, requests } = renderApp('/app/admin/users', { signedInAs: admin, handlers: userHandlers() });

    await user.click(await screen.findByRole('button', { name: 'Editar a Carlos Agente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar usuario' });
    const name = within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' });
    await user.clear(name);
    await user.type(name, 'Carlos A.');
    await user.click(within(dialog).getByRole('switch', { name: 'Usuario activo' }));
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => expect(requests.to('PUT', `/api/admin/users/${ids.agent}`)).toHaveLength(1));
    const [request] = requests.to('PUT', `/api/admin/users/${ids.agent}`);
    expect(request?.body).toEqual({ displayName: 'Carlos A.', roles: ['agent'], areaIds: [ids.credit], active: false });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);

    const row = (await screen.findByRole('rowheader', { name: 'Carlos A.' })).closest('tr')!;
    expect(within(row).getByText('Inactivo')).toBeInTheDocument();
  });
});
