import createClient, { type Middleware } from 'openapi-fetch';

import { ApiError } from './problem';
import type { paths } from './schema';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const prefix = `${name}=`;
  const entry = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith(prefix));
  return entry === undefined ? undefined : decodeURIComponent(entry.slice(prefix.length));
}

/**
 * Antiforgery: the API sets a JS-readable XSRF-TOKEN cookie on login and on GET /api/auth/me,
 * and expects its value back in X-XSRF-TOKEN on every unsafe method.
 */
export const xsrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (UNSAFE_METHODS.has(request.method.toUpperCase())) {
      const token = readCookie(XSRF_COOKIE);
      if (token) request.headers.set(XSRF_HEADER, token);
    }
    return request;
  },
};

/** The typed client for the HelpDesk API (same origin, cookie session). */
export const api = createClient<paths>({
  // An absolute base keeps Request happy outside a browser (tests); in the browser it is the page's origin.
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json, application/problem+json' },
  // Looked up per call so tests can stub globalThis.fetch after this module is loaded.
  fetch: (request) => globalThis.fetch(request),
});

api.use(xsrfMiddleware);

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves with the response body of a successful call, or throws an {@link ApiError}. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}
