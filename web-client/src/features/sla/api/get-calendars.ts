import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { Calendar } from '@/api/types';

import { slaKeys } from './keys';

/** ListCalendars: weekly working periods in a time zone, holidays, and which one is the default. */
export function getCalendars(): Promise<Calendar[]> {
  return unwrap(api.GET('/api/sla/calendars'));
}

export const getCalendarsQueryOptions = () => queryOptions({ queryKey: slaKeys.calendars(), queryFn: getCalendars });

export const useCalendars = () => useQuery(getCalendarsQueryOptions());
