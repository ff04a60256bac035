import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { SlaPolicy } from '@/api/types';

import { slaKeys } from './keys';

/** ListSlaPolicies: the current version of every policy that is not retired. */
export function getPolicies(): Promise<SlaPolicy[]> {
  return unwrap(api.GET('/api/sla/policies'));
}

export const getPoliciesQueryOptions = () => queryOptions({ queryKey: slaKeys.policies(), queryFn: getPolicies });

export const usePolicies = () => useQuery(getPoliciesQueryOptions());
