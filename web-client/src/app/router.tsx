import { useMemo } from 'react';
import { Navigate, RouterProvider, createBrowserRouter, type RouteObject } from 'react-router';

import { RouteError } from '@/components/errors/route-error';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';

type RouteModule = { default: React.ComponentType };
const page = (load: () => Promise<RouteModule>) => async () => ({ Component: (await load()).default });

/**
 * The route tree. Routes compose features; features never import each other.
 * - Public pages (login, the web form /solicitud, ticket tracking /seguimiento/:number) sit at the
 *   top level, outside the staff shell and without a session, and must work on a phone.
 * - Staff pages live under /app inside the shell; intake, tickets and customers are for the roles
 *   that work tickets; /app/admin/* is for administrators.
 */
export const routes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    HydrateFallback: PageLoader,
    children: [
      { path: paths.root.path, element: <Navigate to={paths.app.root.getHref()} replace /> },
      { path: paths.auth.login.path, lazy: page(() => import('./routes/auth/login')) },
      { path: paths.public.webRequest.path, lazy: page(() => import('./routes/public/web-request')) },
      { path: paths.public.tracking.path, lazy: page(() => import('./routes/public/tracking')) },
      {
        path: paths.app.root.path,
        lazy: page(() => import('./routes/app/root')),
        children: [
          { index: true, lazy: page(() => import('./routes/app/home')) },
          {
            lazy: page(() => import('./routes/app/work-root')),
            children: [
              { path: paths.app.intake.path, lazy: page(() => import('./routes/app/intake')) },
              { path: paths.app.tickets.list.path, lazy: page(() => import('./routes/app/tickets/list')) },
              { path: paths.app.tickets.detail.path, lazy: page(() => import('./routes/app/tickets/ticket')) },
              { path: paths.app.customers.detail.path, lazy: page(() => import('./routes/app/customers/customer')) },
            ],
          },
          { path: paths.app.escalations.list.path, lazy: page(() => import('./routes/app/escalations/inbox')) },
          { path: paths.app.escalations.detail.path, lazy: page(() => import('./routes/app/escalations/leg')) },
          {
            path: paths.app.admin.root.path,
            lazy: page(() => import('./routes/app/admin/root')),
            children: [
              { index: true, element: <Navigate to={paths.app.admin.users.getHref()} replace /> },
              { path: paths.app.admin.users.path, lazy: page(() => import('./routes/app/admin/users')) },
              { path: paths.app.admin.apiKeys.path, lazy: page(() => import('./routes/app/admin/api-keys')) },
              { path: paths.app.admin.areas.path, lazy: page(() => import('./routes/app/admin/areas')) },
              { path: paths.app.admin.auditLog.path, lazy: page(() => import('./routes/app/admin/audit-log')) },
              { path: paths.app.admin.escalationMatrix.path, lazy: page(() => import('./routes/app/admin/escalation-matrix')) },
              { path: paths.app.admin.slaPolicies.path, lazy: page(() => import('./routes/app/admin/sla-policies')) },
              { path: paths.app.admin.slaCalendars.path, lazy: page(() => import('./routes/app/admin/sla-calendars')) },
            ],
          },
        ],
      },
      { path: '*', lazy: page(() => import('./routes/not-found')) },
    ],
  },
];

export function AppRouter() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
