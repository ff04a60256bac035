import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { FakeApi, XSRF_TOKEN, ids, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/legacy-test-utils';

type User = ReturnType<typeof renderApp>['user'];

async function pick(user: User, dialog: HTMLElement, field: string, options: string[]) {
  await user.click(within(dialog).getByRole('combobox', { name: field }));
  for (const option of options) await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
}

describe('admin: users', () => {
  it('lists users with their roles, areas and status', async () => {
    renderApp('/app/admin/users', { signedInAs: ids.admin });

    const table = await screen.findByRole('table', { name: 'Usuarios del sistema' });
    const carlos = (await within(table).findByRole('rowheader', { name: 'Carlos Agente' })).closest('tr')!;
    expect(within(carlos).getByText('carlos.agente@example.com')).toBeInTheDocument();
    expect(within(carlos).getByText('Agente')).toBeInTheDocument();
    await waitFor(() => expect(within(carlos).getByText('Crédito')).toBeInTheDocument());
    expect(within(carlos).getByText('Activo')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Ana Administradora' })).toBeInTheDocument();
  });

  it('creates a user: sends the right body with the X-XSRF-TOKEN header and shows the new row', async () => {
    const { user, api } = renderApp('/app/admin/users', { signedInAs: ids.admin });
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

    await waitFor(() => expect(api.requestsTo('POST', '/api/admin/users')).toHaveLength(1));
    const [request] = api.requestsTo('POST', '/api/admin/users');
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
    const api = new FakeApi().override('POST /api/admin/users', () =>
      problem(422, 'One or more fields are invalid.', { errors: { displayName: ['The name is too long.'] } }),
    );
    const { user } = renderApp('/app/admin/users', { signedInAs: ids.admin, api });
    await screen.findByRole('table', { name: 'Usuarios del sistema' });

    await user.click(screen.getByRole('button', { name: 'Nuevo usuario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo usuario' });
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));
    expect(await within(dialog).findByText('Elige al menos un rol')).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/admin/users')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Correo electrónico' }), 'nuevo@example.com');
    await user.type(within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' }), 'Nombre');
    await user.type(within(dialog).getByLabelText(/^Contraseña inicial/), 'una-clave-larga-123');
    await pick(user, dialog, 'Roles', ['Agente']);
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));

    const nameInput = within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' });
    await waitFor(() => expect(nameInput).toHaveAccessibleDescription(expect.stringContaining('The name is too long.')));

    api.override('POST /api/admin/users', () => problem(409, 'Conflict', { detail: 'Duplicate email.' }));
    await user.click(within(dialog).getByRole('button', { name: 'Crear' }));
    const emailInput = within(dialog).getByRole('textbox', { name: 'Correo electrónico' });
    await waitFor(() => expect(emailInput).toHaveAccessibleDescription(expect.stringContaining('Ya existe un usuario con ese correo.')));
  });

  it('edits a user: display name, roles, areas and active', async () => {
    const { user, api } = renderApp('/app/admin/users', { signedInAs: ids.admin });

    await user.click(await screen.findByRole('button', { name: 'Editar a Carlos Agente' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar usuario' });
    const name = within(dialog).getByRole('textbox', { name: 'Nombre para mostrar' });
    await user.clear(name);
    await user.type(name, 'Carlos A.');
    await user.click(within(dialog).getByRole('switch', { name: 'Usuario activo' }));
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => expect(api.requestsTo('PUT', `/api/admin/users/${ids.agent}`)).toHaveLength(1));
    const [request] = api.requestsTo('PUT', `/api/admin/users/${ids.agent}`);
    expect(request?.body).toEqual({ displayName: 'Carlos A.', roles: ['agent'], areaIds: [ids.credit], active: false });
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);

    const row = (await screen.findByRole('rowheader', { name: 'Carlos A.' })).closest('tr')!;
    expect(within(row).getByText('Inactivo')).toBeInTheDocument();
  });
});
