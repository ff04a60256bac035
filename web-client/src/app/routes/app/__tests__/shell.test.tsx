import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { admin, agent, PASSWORD } from '@/testing/fixtures/directory';
import { directoryHandlers } from '@/testing/handlers/directory';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

async function login(user: ReturnType<typeof renderApp>['user'], email: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Correo electrónico' }), email);
  await user.type(screen.getByLabelText(/^Contraseña/), PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Ingresar' }));
}

const ADMIN_LINKS = ['Usuarios', 'Claves de API', 'Áreas y temas', 'Auditoría'];

describe('app shell', () => {
  it('after login an admin sees the home page and the administration navigation', async () => {
    const users = http.get('/api/admin/users', ({ response }) => response(200).json([admin, agent]));
    const { user, router } = renderApp('/login', { handlers: [users, ...directoryHandlers()] });

    await login(user, 'ana.admin@example.com');

    expect(await screen.findByRole('heading', { level: 1, name: 'Inicio' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
    expect(screen.getByText('Hola, Ana Administradora')).toBeInTheDocument();
    const roles = screen.getByRole('region', { name: 'Tus roles' });
    expect(within(roles).getByText('Administrador')).toBeInTheDocument();
    expect(within(roles).getByText('Supervisor')).toBeInTheDocument();

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Ana Administradora')).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Cerrar sesión' })).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).getByRole('link', { name: 'Inicio' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('group', { name: 'Administración' })).toBeInTheDocument();
    for (const name of ADMIN_LINKS) expect(within(nav).getByRole('link', { name })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Usuarios' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Usuarios' })).toBeInTheDocument();
  });

  it('an agent sees no administration links, and an admin address shows "no access"', async () => {
    const { user, router, requests } = renderApp('/login');

    await login(user, 'carlos.agente@example.com');

    expect(await screen.findByText('Hola, Carlos Agente')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).getByRole('link', { name: 'Inicio' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Radicar' })).toHaveAttribute('href', '/app/intake');
    expect(within(nav).getByRole('link', { name: 'Casos' })).toHaveAttribute('href', '/app/tickets');
    expect(within(nav).queryByText('Administración')).not.toBeInTheDocument();
    for (const name of ADMIN_LINKS) expect(within(nav).queryByRole('link', { name })).not.toBeInTheDocument();

    await router.navigate('/app/admin/users');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
    expect(screen.getByText('No tienes permiso para ver esta página.')).toBeInTheDocument();
    expect(requests.to('GET', '/api/admin/users')).toHaveLength(0);
  });

  it('logs out with the antiforgery header and returns to the login page', async () => {
    const { user, requests, router } = renderApp('/app', { signedInAs: admin });

    await user.click(await screen.findByRole('button', { name: 'Cerrar sesión' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    const [logout] = requests.to('POST', '/api/auth/logout');
    expect(logout?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
  });

  it('switches the shell to English from the header', async () => {
    const { user } = renderApp('/app', { signedInAs: agent });

    await user.click(await screen.findByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Home' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
