import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationMatrixRow } from '@/api/types';

import { escalationsKeys } from './keys';

/** ListEscalationMatrix: which area answers each topic (and ticket type). */
export function getEscalationMatrix(): Promise<EscalationMatrixRow[]> {
  return unwrap(api.GET('/api/escalation/matrix'));
}

export const getEscalationMatrixQueryOptions = () => queryOptions({ queryKey: escalationsKeys.matrix(), queryFn: getEscalationMatrix });

export const useEscalationMatrix = () => useQuery(getEscalationMatrixQueryOptions());
