import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { AreaCalendar } from '@/api/types';

import { slaKeys } from './keys';

/** ListAreaCalendars: the areas with a calendar of their own (the others count on the default calendar). */
export function getAreaCalendars(): Promise<AreaCalendar[]> {
  return unwrap(api.GET('/api/sla/area-calendars'));
}

export const getAreaCalendarsQueryOptions = () => queryOptions({ queryKey: slaKeys.areaCalendars(), queryFn: getAreaCalendars });

export const useAreaCalendars = () => useQuery(getAreaCalendarsQueryOptions());
