import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { ReviewEscalationBody, ReviewEscalationResult } from '@/api/types';

import { afterLegChange } from './leg-changes';

/** Back office accepts the area's answer (it becomes the draft reply) or rejects it with a reason (a new leg opens). */
export function reviewEscalation({ id, body }: { id: string; body: ReviewEscalationBody }): Promise<ReviewEscalationResult> {
  return unwrap(api.POST('/api/escalations/{id}/review', { params: { path: { id } }, body }));
}

export function useReviewEscalation({ onReviewed }: { onReviewed?: (result: ReviewEscalationResult) => unknown } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewEscalation,
    onSuccess: async (result) => {
      await Promise.all([afterLegChange(queryClient, result.leg), onReviewed?.(result)]);
    },
  });
}
