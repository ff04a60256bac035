import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationLeg } from '@/api/types';

import { useLegChangeCallbacks } from './leg-changes';

/** The responder takes the leg (it is assigned to them). */
export function takeEscalation(id: string): Promise<EscalationLeg> {
  return unwrap(api.POST('/api/escalations/{id}/take', { params: { path: { id } } }));
}

export const useTakeEscalation = () => useMutation({ mutationFn: takeEscalation, ...useLegChangeCallbacks() });
