/**
 * Every route the SPA knows. Staff pages live under /app inside the shell; public pages
 * (web form, ticket tracking) sit beside /login, outside the shell and without a session.
 */
export const paths = {
  root: { path: '/', getHref: () => '/' },
  auth: {
    login: {
      path: '/login',
      getHref: (redirectTo?: string | null) =>
        redirectTo ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
    },
  },
  public: {
    webRequest: { path: '/solicitud', getHref: () => '/solicitud' },
    /** The tracking link of the emails is exactly /seguimiento/{number}?token=…; do not change it. */
    tracking: {
      path: '/seguimiento/:number',
      getHref: (number: string, token: string) =>
        `/seguimiento/${encodeURIComponent(number)}?token=${encodeURIComponent(token)}`,
    },
  },
  app: {
    root: { path: '/app', getHref: () => '/app' },
    home: { path: '', getHref: () => '/app' },
    intake: { path: 'intake', getHref: () => '/app/intake' },
    tickets: {
      list: { path: 'tickets', getHref: (search?: string) => (search ? `/app/tickets?${search}` : '/app/tickets') },
      detail: { path: 'tickets/:number', getHref: (number: string) => `/app/tickets/${encodeURIComponent(number)}` },
    },
    escalations: {
      list: { path: 'escalations', getHref: (search?: string) => (search ? `/app/escalations?${search}` : '/app/escalations') },
      detail: { path: 'escalations/:id', getHref: (id: string) => `/app/escalations/${encodeURIComponent(id)}` },
    },
    customers: {
      detail: { path: 'customers/:id', getHref: (id: string) => `/app/customers/${encodeURIComponent(id)}` },
    },
    admin: {
      root: { path: 'admin', getHref: () => '/app/admin' },
      users: { path: 'users', getHref: () => '/app/admin/users' },
      apiKeys: { path: 'api-keys', getHref: () => '/app/admin/api-keys' },
      areas: { path: 'areas', getHref: () => '/app/admin/areas' },
      auditLog: { path: 'audit-log', getHref: () => '/app/admin/audit-log' },
      escalationMatrix: { path: 'escalation-matrix', getHref: () => '/app/admin/escalation-matrix' },
      slaCalendars: { path: 'sla-calendars', getHref: () => '/app/admin/sla-calendars' },
      slaPolicies: { path: 'sla-policies', getHref: () => '/app/admin/sla-policies' },
    },
  },
} as const;

/** Only same-site, absolute paths are honoured as a post-login destination (no open redirect). */
export function safeRedirect(target: string | null | undefined, fallback: string = paths.app.root.getHref()): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}

/**
 * The API's tracking link is absolute (its configured public base URL). Inside the SPA, keep only the
 * path and query when they are the tracking route, so the link stays on this site.
 */
export function trackingPathFromUrl(url: string): string | null {
  try {
    const parsed = new URL(url, 'http://localhost');
    if (!/^\/seguimiento\/[^/]+$/.test(parsed.pathname)) return null;
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return null;
  }
}
