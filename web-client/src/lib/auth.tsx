import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { api, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import type { CurrentUser, LoginBody } from '@/api/types';
import { PageLoader } from '@/components/ui/page-loader';
import { paths } from '@/config/paths';

import { authKeys } from './auth-keys';
import { organisationKeys } from './organisation';

export { authKeys };

/** Queries that are not the session's data: the session itself and the organisation's public settings. */
const outlivesSession = (queryKey: readonly unknown[]) => queryKey[0] === authKeys.all()[0] || queryKey[0] === organisationKeys.all()[0];

/** The signed-in user, or null when there is no session (401). */
export async function getMe(): Promise<CurrentUser | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: getMe,
    staleTime: 5 * 60_000,
  });

export const useUser = () => useQuery(getMeQueryOptions());

export function login(body: LoginBody): Promise<CurrentUser> {
  return unwrap(api.POST('/api/auth/login', { body }));
}

export function useLogin({ onSuccess }: { onSuccess?: (user: CurrentUser) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Drop whatever a previous session cached before showing the new user's data.
      queryClient.removeQueries({ predicate: (query) => !outlivesSession(query.queryKey) });
      queryClient.setQueryData(authKeys.me(), user);
      onSuccess?.(user);
    },
  });
}

export async function logout(): Promise<void> {
  await unwrap(api.POST('/api/auth/logout'));
}

export function useLogout({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Even if the call failed, nothing of the session may stay on screen (the organisation's settings are public).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== organisationKeys.all()[0] });
      queryClient.getMutationCache().clear();
      queryClient.setQueryData(authKeys.me(), null);
      onSuccess?.();
    },
  });
}

/** Renders its children for a signed-in user; sends anyone else to the login page. */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const user = useUser();
  const location = useLocation();

  if (user.isPending) return <PageLoader />;
  if (user.isError) throw user.error;
  if (!user.data) {
    const redirectTo = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.auth.login.getHref(redirectTo)} replace />;
  }
  return children;
}
