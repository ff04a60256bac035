import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { SlaPreview, SlaPreviewQuery } from '@/api/types';

import { slaKeys } from './keys';

/** PreviewSla: the policy and due dates a ticket with these facts would get if it were filed now. */
export function previewSla(query: SlaPreviewQuery): Promise<SlaPreview> {
  return unwrap(api.GET('/api/sla/preview', { params: { query } }));
}

export const previewSlaQueryOptions = (query: SlaPreviewQuery) =>
  queryOptions({
    queryKey: slaKeys.preview(query),
    queryFn: () => previewSla(query),
    // "Now" moves: a promise read to a customer is at most a minute old.
    staleTime: 60_000,
  });

/** Null query: not enough facts yet (a type and a channel are needed). Keeps the last answer while the next loads. */
export const usePreviewSla = (query: SlaPreviewQuery | null) =>
  useQuery({
    ...previewSlaQueryOptions(query ?? { type: '', channel: '' }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
