import type { ApiKey, Area, AuditEntry, CreatedApiKey, CurrentUser, Topic, User } from '@/api/types';

import { FakeDesk } from './fake-desk';
import { FakeEscalations } from './fake-escalations';
import { FakeSla } from './fake-sla';

/** What the fake server saw: one entry per call, in order. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export const XSRF_TOKEN = 'test-xsrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: `https://helpdesk.local/problems/${status}`, title, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const ids = {
  admin: '01900000-0000-7000-8000-000000000001',
  agent: '01900000-0000-7000-8000-000000000002',
  credit: '01900000-0000-7000-8000-0000000000a1',
  treasury: '01900000-0000-7000-8000-0000000000a2',
  loans: '01900000-0000-7000-8000-0000000000b1',
  loanStatus: '01900000-0000-7000-8000-0000000000b2',
  payments: '01900000-0000-7000-8000-0000000000b3',
  refunds: '01900000-0000-7000-8000-0000000000b4',
  key1: '01900000-0000-7000-8000-0000000000c1',
};

const PASSWORD = 'correct horse battery';

async function readBody(request: Request): Promise<unknown> {
  if (!request.body) return undefined;
  const type = request.headers.get('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) return request.formData();
  const text = await request.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/**
 * An in-memory HelpDesk API behind a fake `fetch`, speaking the contract of src/api/schema.d.ts:
 * cookie session, antiforgery (X-XSRF-TOKEN must echo the XSRF-TOKEN cookie on unsafe methods),
 * problem+json errors, admin-only routes. Tests read `requests` to check what the SPA sent.
 */
export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  /** Customers, tickets and the public side (see fake-desk.ts). */
  readonly desk = new FakeDesk();
  /** Escalation legs and the matrix (see fake-escalations.ts). */
  readonly escalations = new FakeEscalations(
    this.desk,
    () => this.areas.filter((a) => a.active).map((a) => a.id),
    (topicId) => {
      const topic = this.topics.find((t) => t.id === topicId);
      return topic ? topic.parentId : undefined;
    },
    (userId) => this.users.find((u) => u.id === userId && u.active)?.areaIds ?? null,
  );
  /** Calendars, policies, previews and tickets' clocks (see fake-sla.ts). */
  readonly sla = new FakeSla(this.desk, (areaId) => this.areas.some((a) => a.id === areaId));
  sessionUserId: string | null = null;
  private readonly overrides = new Map<string, Handler>();
  private sequence = 0;

  users: User[] = [
    {
      id: ids.admin,
      email: 'ana.admin@example.com',
      displayName: 'Ana Administradora',
      roles: ['admin', 'supervisor'],
      areaIds: [],
      active: true,
      createdAt: '2026-01-05T14:00:00Z',
    },
    {
      id: ids.agent,
      email: 'carlos.agente@example.com',
      displayName: 'Carlos Agente',
      roles: ['agent'],
      areaIds: [ids.credit],
      active: true,
      createdAt: '2026-01-06T14:00:00Z',
    },
  ];

  areas: Area[] = [
    { id: ids.credit, code: 'CREDITO', name: 'Crédito', managerEmail: 'credito@example.com', active: true },
    { id: ids.treasury, code: 'TESORERIA', name: 'Tesorería', managerEmail: null, active: true },
  ];

  topics: Topic[] = [
    { id: ids.loans, areaId: ids.credit, parentId: null, code: 'PRESTAMOS', name: 'Préstamos', active: true },
    { id: ids.loanStatus, areaId: ids.credit, parentId: ids.loans, code: 'ESTADO', name: 'Estado del préstamo', active: true },
    { id: ids.refunds, areaId: ids.credit, parentId: ids.loans, code: 'DEVOLUCION', name: 'Devolución de cuotas', active: false },
    { id: ids.payments, areaId: ids.treasury, parentId: null, code: 'PAGOS', name: 'Pagos a proveedores', active: true },
  ];

  apiKeys: ApiKey[] = [
    {
      id: ids.key1,
      partnerId: '01900000-0000-7000-8000-0000000000d1',
      partnerName: 'Banco Aliado',
      scopes: ['tickets:read'],
      keyPrefix: 'hd_live_ab12',
      createdAt: '2026-02-01T10:00:00Z',
      revokedAt: null,
    },
  ];

  audit: AuditEntry[] = Array.from({ length: 60 }, (_, i) => ({
    id: `01900000-0000-7000-8000-${String(1000 + i).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 1, 12, 0, 0) - i * 60_000).toISOString(),
    eventType: i === 59 ? 'user.created' : 'login.succeeded',
    actorUserId: ids.admin,
    actorEmail: `actor-${i}@example.com`,
    subject: `subject-${i}`,
    sourceIp: '127.0.0.1',
    details: null,
  }));

  /** Starts a session as this user, as a successful login would have. */
  signIn(userId: string): this {
    this.sessionUserId = userId;
    document.cookie = `XSRF-TOKEN=${XSRF_TOKEN}; path=/`;
    return this;
  }

  /** Replaces one route's behaviour, e.g. to make login answer 423. Key: "POST /api/auth/login". */
  override(route: string, handler: Handler): this {
    this.overrides.set(route, handler);
    return this;
  }

  /** The default behaviour of a route, for overrides that fail first and then let the call through. */
  handleDefault(request: RecordedRequest): Response {
    return this.handle(request);
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const recorded: RecordedRequest = {
      method: request.method.toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: await readBody(request),
    };
    this.requests.push(recorded);
    const override = this.overrides.get(`${recorded.method} ${recorded.path}`);
    if (override) return override(recorded);
    return this.handle(recorded);
  };

  private currentUser(): User | undefined {
    return this.users.find((u) => u.id === this.sessionUserId);
  }

  private toCurrentUser(user: User): CurrentUser {
    return { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles, areaIds: user.areaIds };
  }

  private nextId(): string {
    this.sequence += 1;
    return `01900000-0000-7000-8000-${String(900000 + this.sequence).padStart(12, '0')}`;
  }

  private handle(req: RecordedRequest): Response {
    const { method, path } = req;
    // The customer's side needs no session (and so no antiforgery token).
    const publicResponse = this.desk.handlePublic(req);
    if (publicResponse) return publicResponse;
    if (UNSAFE.has(method) && req.headers.get('X-XSRF-TOKEN') !== XSRF_TOKEN && path !== '/api/auth/login') {
      return problem(400, 'The antiforgery token is missing or invalid.');
    }

    if (method === 'POST' && path === '/api/auth/login') {
      const body = req.body as { email: string; password: string };
      const user = this.users.find((u) => u.email === body.email);
      if (!user || body.password !== PASSWORD) return problem(401, 'Invalid email or password.');
      this.signIn(user.id);
      return json(200, this.toCurrentUser(user));
    }

    const me = this.currentUser();
    if (method === 'GET' && path === '/api/auth/me') {
      if (!me) return problem(401, 'Unauthorized');
      document.cookie = `XSRF-TOKEN=${XSRF_TOKEN}; path=/`;
      return json(200, this.toCurrentUser(me));
    }
    if (!me) return problem(401, 'Unauthorized');
    if (method === 'POST' && path === '/api/auth/logout') {
      this.sessionUserId = null;
      return new Response(null, { status: 204 });
    }

    if (method === 'GET' && path === '/api/directory/areas') {
      const all = req.query.get('includeInactive') === 'true';
      return json(200, this.areas.filter((a) => all || a.active));
    }
    if (method === 'GET' && path === '/api/directory/topics') {
      const areaId = req.query.get('areaId');
      const all = req.query.get('includeInactive') === 'true';
      return json(200, this.topics.filter((t) => (!areaId || t.areaId === areaId) && (all || t.active)));
    }

    if (method === 'GET' && path === '/api/directory/staff') {
      const areaId = req.query.get('areaId');
      const role = req.query.get('role');
      const staff = this.users
        .filter((u) => u.active && (!areaId || u.areaIds.includes(areaId)) && (!role || (u.roles as string[]).includes(role)))
        .sort((a, b) => a.displayName.localeCompare(b.displayName))
        .map(({ id, displayName, email, roles, areaIds }) => ({ id, displayName, email, roles, areaIds }));
      return json(200, staff);
    }

    const escalationResponse = this.escalations.handle(req, me);
    if (escalationResponse) return escalationResponse;

    const slaResponse = this.sla.handle(req, me);
    if (slaResponse) return slaResponse;

    const deskResponse = this.desk.handleStaff(req, me);
    if (deskResponse) return deskResponse;

    const isAdmin = (me.roles as string[]).includes('admin');
    if (!isAdmin) return problem(403, 'Forbidden');

    if (method === 'POST' && path === '/api/directory/areas') {
      const body = req.body as { code: string; name: string; managerEmail?: string | null };
      if (this.areas.some((a) => a.code.toLowerCase() === body.code.toLowerCase())) return problem(409, 'Conflict', { detail: 'Duplicate code.' });
      const area: Area = { id: this.nextId(), code: body.code, name: body.name, managerEmail: body.managerEmail ?? null, active: true };
      this.areas.push(area);
      return json(201, area);
    }
    if (method === 'POST' && path === '/api/directory/topics') {
      const body = req.body as { areaId: string; parentId?: string | null; code: string; name: string };
      const topic: Topic = { id: this.nextId(), areaId: body.areaId, parentId: body.parentId ?? null, code: body.code, name: body.name, active: true };
      this.topics.push(topic);
      return json(201, topic);
    }
    const topicMatch = /^\/api\/directory\/topics\/([^/]+)$/.exec(path);
    if (method === 'PUT' && topicMatch) {
      const topic = this.topics.find((t) => t.id === topicMatch[1]);
      if (!topic) return problem(404, 'Not found');
      Object.assign(topic, req.body);
      return json(200, topic);
    }

    if (method === 'GET' && path === '/api/admin/users') return json(200, this.users);
    if (method === 'POST' && path === '/api/admin/users') {
      const body = req.body as { email: string; displayName: string; password: string; roles: User['roles']; areaIds: string[] };
      if (this.users.some((u) => u.email === body.email)) return problem(409, 'Conflict', { detail: 'Duplicate email.' });
      const user: User = {
        id: this.nextId(),
        email: body.email,
        displayName: body.displayName,
        roles: body.roles,
        areaIds: body.areaIds,
        active: true,
        createdAt: '2026-03-01T10:00:00Z',
      };
      this.users.push(user);
      return json(201, user);
    }
    const userMatch = /^\/api\/admin\/users\/([^/]+)$/.exec(path);
    if (method === 'PUT' && userMatch) {
      const user = this.users.find((u) => u.id === userMatch[1]);
      if (!user) return problem(404, 'Not found');
      Object.assign(user, req.body);
      return json(200, user);
    }

    if (method === 'GET' && path === '/api/admin/api-keys') return json(200, this.apiKeys);
    if (method === 'POST' && path === '/api/admin/api-keys') {
      const body = req.body as { partnerName: string; scopes: string[] };
      const key: CreatedApiKey = {
        id: this.nextId(),
        partnerId: this.nextId(),
        partnerName: body.partnerName,
        scopes: body.scopes,
        keyPrefix: 'hd_live_9f3e',
        createdAt: '2026-03-02T10:00:00Z',
        revokedAt: null,
        key: 'hd_live_9f3e.SECRET-ONLY-SHOWN-ONCE-6b1c2d',
      };
      const { key: _secret, ...stored } = key;
      this.apiKeys.push(stored);
      return json(201, key);
    }
    const revokeMatch = /^\/api\/admin\/api-keys\/([^/]+)\/revoke$/.exec(path);
    if (method === 'POST' && revokeMatch) {
      const key = this.apiKeys.find((k) => k.id === revokeMatch[1]);
      if (!key) return problem(404, 'Not found');
      key.revokedAt = '2026-03-03T10:00:00Z';
      return json(200, key);
    }

    if (method === 'GET' && path === '/api/admin/audit-log') {
      const limit = Number(req.query.get('limit') ?? '50');
      const start = Number(req.query.get('cursor') ?? '0');
      const items = this.audit.slice(start, start + limit);
      const next = start + limit < this.audit.length ? String(start + limit) : null;
      return json(200, { items, nextCursor: next });
    }

    return problem(404, `No fake route for ${method} ${path}`);
  }
}

export { PASSWORD as FAKE_PASSWORD };
