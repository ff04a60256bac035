import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { CreateTopicBody, Topic } from '@/api/types';

import { topicsKeys } from './keys';

export function createTopic(body: CreateTopicBody): Promise<Topic> {
  return unwrap(api.POST('/api/directory/topics', { body }));
}

export function useCreateTopic({ onSuccess }: { onSuccess?: (topic: Topic) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTopic,
    onSuccess: async (topic) => {
      await queryClient.invalidateQueries({ queryKey: topicsKeys.lists() });
      onSuccess?.(topic);
    },
  });
}
