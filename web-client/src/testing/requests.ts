import { server } from './server';

/** One request the SPA sent, as the tests read it. */
export interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

async function readBody(request: Request): Promise<unknown> {
  if (!request.body) return undefined;
  if ((request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')) return request.formData();
  const text = await request.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Records every request that reaches the mock server, in order, so tests can check what the SPA sent. */
export function recordRequests() {
  const sent: SentRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    const entry = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers };
    void readBody(request.clone()).then((body) => sent.push({ ...entry, body }));
  });
  return {
    all: sent,
    /** The requests to one method and path (no query string), oldest first. */
    to: (method: string, path: string) => sent.filter((r) => r.method === method && r.path === path),
  };
}

export type SentRequests = ReturnType<typeof recordRequests>;
