import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Topic, UpdateTopicBody } from '@/api/types';

import { topicsKeys } from './keys';

export interface UpdateTopicInput {
  id: string;
  body: UpdateTopicBody;
}

export function updateTopic({ id, body }: UpdateTopicInput): Promise<Topic> {
  return unwrap(api.PUT('/api/directory/topics/{id}', { params: { path: { id } }, body }));
}

export function useUpdateTopic({ onSuccess }: { onSuccess?: (topic: Topic) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTopic,
    onSuccess: async (topic) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: topicsKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: topicsKeys.detail(topic.id) }),
      ]);
      onSuccess?.(topic);
    },
  });
}
