import { HttpResponse } from 'msw';

import type { User } from '@/api/types';

import { asCurrentUser, PASSWORD } from '../fixtures/directory';
import { http, problem } from '../server';

export const XSRF_TOKEN = 'test-xsrf-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function setXsrfCookie() {
  document.cookie = `XSRF-TOKEN=${XSRF_TOKEN}; path=/`;
}

/**
 * As the API does: an unsafe staff call without X-XSRF-TOKEN echoing the cookie is refused (400).
 * Sign-in and the customer's public pages need no token. Any other request falls through to the next handler.
 */
export const antiforgery = http.untyped.all('/api/*', ({ request }) => {
  const path = new URL(request.url).pathname;
  const exempt = path === '/api/auth/login' || path.startsWith('/api/public/');
  if (!UNSAFE.has(request.method) || exempt || request.headers.get('X-XSRF-TOKEN') === XSRF_TOKEN) return undefined;
  return HttpResponse.json(problem(400, { title: 'The antiforgery token is missing or invalid.' }), { status: 400 });
});

/**
 * The session: who is signed in (none: 401), sign-in with PASSWORD for any of `staff`, sign-out,
 * and no unread notices. Signing in sets the XSRF-TOKEN cookie, as the API does.
 */
export function sessionHandlers(signedInAs: User | undefined, staff: User[]) {
  let current = signedInAs ?? null;
  if (current) setXsrfCookie();
  return [
    http.get('/api/auth/me', ({ response }) => {
      if (!current) return response(401).json(problem(401));
      setXsrfCookie();
      return response(200).json(asCurrentUser(current));
    }),
    http.post('/api/auth/login', async ({ request, response }) => {
      const { email, password } = await request.json();
      const user = staff.find((u) => u.email === email);
      if (!user || password !== PASSWORD) return response(401).json(problem(401, { title: 'Invalid email or password.' }));
      current = user;
      setXsrfCookie();
      return response(200).json(asCurrentUser(user));
    }),
    http.post('/api/auth/logout', ({ response }) => {
      current = null;
      return response(204).empty();
    }),
    http.get('/api/notices', ({ response }) => response(200).json([])),
  ];
}
