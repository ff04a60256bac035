import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationLeg } from '@/api/types';

import { useLegChangeCallbacks } from './leg-changes';

/** The area's answer (required, at most 20,000 characters); the leg becomes answered, for back office to review. */
export function answerEscalation({ id, text }: { id: string; text: string }): Promise<EscalationLeg> {
  return unwrap(api.POST('/api/escalations/{id}/answer', { params: { path: { id } }, body: { text } }));
}

export const useAnswerEscalation = () => useMutation({ mutationFn: answerEscalation, ...useLegChangeCallbacks() });
