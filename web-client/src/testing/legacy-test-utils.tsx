// Temporary, while the route tests move to MSW (issue 16); removed with the fake-*.ts files.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';
import { vi } from 'vitest';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/react-query';

import { FakeApi } from './fake-api';

interface RenderAppOptions {
  api?: FakeApi;
  /** Start with a session for this user id (see `ids` in fake-api). */
  signedInAs?: string;
}

type UserEventApi = ReturnType<typeof userEvent.setup>;

/** Types a whole text at once (a paste): long texts keystroke by keystroke make tests slow. */
export async function fill(user: UserEventApi, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

/** Renders the real route tree at `url`, against a fake API behind `fetch`. */
export function renderApp(url: string, { api = new FakeApi(), signedInAs }: RenderAppOptions = {}) {
  if (signedInAs) api.signIn(signedInAs);
  vi.stubGlobal('fetch', api.fetch);
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient} mantineEnv="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, api, router, queryClient };
}
