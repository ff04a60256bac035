import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Topic } from '@/api/types';

import { topicsKeys, type TopicListFilter } from './keys';

export function getTopics({ areaId, includeInactive }: TopicListFilter): Promise<Topic[]> {
  return unwrap(api.GET('/api/directory/topics', { params: { query: { areaId, includeInactive } } }));
}

export const getTopicsQueryOptions = (filter: TopicListFilter) =>
  queryOptions({
    queryKey: topicsKeys.list(filter),
    queryFn: () => getTopics(filter),
  });

export const useTopics = (filter: TopicListFilter) => useQuery(getTopicsQueryOptions(filter));
