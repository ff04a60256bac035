import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { LANGUAGE_STORAGE_KEY } from '@/lib/i18n';
import { PASSWORD } from '@/testing/fixtures/directory';
import { http, problem } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

async function submitLogin(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Correo electrónico' }), email);
  await user.type(screen.getByLabelText(/^Contraseña/), password);
  await user.click(screen.getByRole('button', { name: 'Ingresar' }));
}

describe('login page', () => {
  it('renders in Spanish by default and switches to English, remembering the choice', async () => {
    const { user } = renderApp('/login');

    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Correo electrónico' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostrar contraseña' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(document.title).toBe('Iniciar sesión · HelpDesk');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Español' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show password' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('shows a Spanish error for wrong credentials and stays on the page', async () => {
    const { user, requests } = renderApp('/login');

    await submitLogin(user, 'ana.admin@example.com', 'wrong password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Correo o contraseña incorrectos.');
    expect(screen.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(requests.to('POST', '/api/auth/login')[0]?.body).toEqual({
      email: 'ana.admin@example.com',
      password: 'wrong password',
    });
  });

  it('says until when sign-ins from this device are blocked after failed ones', async () => {
    const throttled = http.post('/api/auth/login', ({ response }) =>
      response(429).json(problem(429, { code: 'login-throttled', title: 'Too many failed logins.', retryAt: '2026-03-01T15:30:00Z' }), {
        headers: { 'Retry-After': '900' },
      }),
    );
    const { user } = renderApp('/login', { handlers: [throttled] });

    await submitLogin(user, 'ana.admin@example.com', 'whatever');

    const alert = await screen.findByRole('alert');
    // 15:30 UTC is 10:30 in Bogotá, the organisation's zone; this browser (Tokyo) is elsewhere, so the offset is said.
    expect(alert).toHaveTextContent(/Demasiados intentos fallidos desde este equipo\. Intenta de nuevo después de 1\/03\/2026, 10:30\sa\.\sm\. \(GMT-5\)\./);
  });

  it('asks to wait the Retry-After seconds when there were too many attempts', async () => {
    const tooMany = http.post('/api/auth/login', ({ response }) =>
      response(429).json(problem(429, { title: 'Too many requests' }), { headers: { 'Retry-After': '42' } }),
    );
    const { user } = renderApp('/login', { handlers: [tooMany] });

    await submitLogin(user, 'ana.admin@example.com', 'whatever');

    expect(await screen.findByRole('alert')).toHaveTextContent('Demasiados intentos. Intenta de nuevo en 42 segundos.');
  });

  it('sends a visitor of a staff page to login and back there after signing in', async () => {
    const auditLog = http.get('/api/admin/audit-log', ({ response }) => response(200).json({ items: [], nextCursor: null }));
    const { user, router } = renderApp('/app/admin/audit-log', { handlers: [auditLog] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?redirectTo=${encodeURIComponent('/app/admin/audit-log')}`);

    await submitLogin(user, 'ana.admin@example.com', PASSWORD);

    expect(await screen.findByRole('heading', { level: 1, name: 'Auditoría' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app/admin/audit-log');
  });

  it('ignores an off-site redirectTo', async () => {
    const { user, router } = renderApp(`/login?redirectTo=${encodeURIComponent('//evil.example.com/x')}`);

    await submitLogin(user, 'carlos.agente@example.com', PASSWORD);

    const main = await screen.findByRole('main');
    expect(await within(main).findByRole('heading', { level: 1, name: 'Inicio' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/app');
  });
});
