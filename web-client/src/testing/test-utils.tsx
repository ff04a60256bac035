import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestHandler } from 'msw';
import { RouterProvider, createMemoryRouter } from 'react-router';

import type { OrganisationSettings, User } from '@/api/types';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/react-query';

import { admin, agent } from './fixtures/directory';
import { ORGANISATION, organisationHandler } from './handlers/organisation';
import { antiforgery, sessionHandlers } from './handlers/session';
import { recordRequests } from './requests';
import { server } from './server';

interface RenderAppOptions {
  /** Start with a session for this staff member. */
  signedInAs?: User;
  /** Who can sign in on the login page (default: Ana the admin and Carlos the agent). */
  staff?: User[];
  /** What the API answers for this test; they win over the session's defaults (e.g. the notices). */
  handlers?: RequestHandler[];
  /** What GetOrganisationSettings answers (default: Bogotá, Spanish). */
  organisation?: OrganisationSettings;
}

type UserEventApi = ReturnType<typeof userEvent.setup>;

/** Types a whole text at once (a paste): long texts keystroke by keystroke make tests slow. */
export async function fill(user: UserEventApi, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

/**
 * Renders the real route tree at `url` against the mock server, with the session, the organisation's settings and the
 * given handlers.
 * `requests` records what the SPA sent.
 */
export function renderApp(url: string, { signedInAs, staff = [admin, agent], handlers = [], organisation = ORGANISATION }: RenderAppOptions = {}) {
  const requests = recordRequests();
  server.use(antiforgery, ...handlers, ...sessionHandlers(signedInAs, staff), organisationHandler(organisation));
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, requests, router, queryClient };
}
