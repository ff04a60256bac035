/**
 * Every route the SPA knows. Staff pages live under /app inside the shell; public pages
 * (web form, ticket tracking) will sit beside /login, outside the shell and without a session.
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
  app: {
    root: { path: '/app', getHref: () => '/app' },
    home: { path: '', getHref: () => '/app' },
    admin: {
      root: { path: 'admin', getHref: () => '/app/admin' },
      users: { path: 'users', getHref: () => '/app/admin/users' },
      apiKeys: { path: 'api-keys', getHref: () => '/app/admin/api-keys' },
      areas: { path: 'areas', getHref: () => '/app/admin/areas' },
      auditLog: { path: 'audit-log', getHref: () => '/app/admin/audit-log' },
    },
  },
} as const;

/** Only same-site, absolute paths are honoured as a post-login destination (no open redirect). */
export function safeRedirect(target: string | null | undefined, fallback: string = paths.app.root.getHref()): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return fallback;
  return target;
}
