import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Notice } from '@/api/types';

import { noticesKeys } from './keys';

/** My unread in-app notices, newest first. Polled every minute while the app is open. */
export function getUnreadNotices(): Promise<Notice[]> {
  return unwrap(api.GET('/api/notices', { params: { query: { unreadOnly: true } } }));
}

export const getUnreadNoticesQueryOptions = () =>
  queryOptions({
    queryKey: noticesKeys.unread(),
    queryFn: getUnreadNotices,
    refetchInterval: 60_000,
  });

export const useUnreadNotices = () => useQuery(getUnreadNoticesQueryOptions());
