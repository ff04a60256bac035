import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { EscalationSuggestion } from '@/api/types';

import { escalationsKeys } from './keys';

/** The matrix's row for the ticket's topic and type (falling back to the parent topic), or row null. */
export function getEscalationSuggestion(number: string): Promise<EscalationSuggestion> {
  return unwrap(api.GET('/api/tickets/{number}/escalation-suggestion', { params: { path: { number } } }));
}

export const getEscalationSuggestionQueryOptions = (number: string) =>
  queryOptions({
    queryKey: escalationsKeys.suggestion(number),
    queryFn: () => getEscalationSuggestion(number),
  });

export const useEscalationSuggestion = (number: string, enabled = true) => useQuery({ ...getEscalationSuggestionQueryOptions(number), enabled });
