import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import { isApiError } from '@/api/problem';
import type { Calendar, SaveCalendarBody } from '@/api/types';

import { slaKeys } from './keys';

export interface SaveCalendarInput {
  /** The calendar to replace; omitted to create one. */
  id?: string;
  body: SaveCalendarBody;
}

/**
 * CreateCalendar or UpdateCalendar (the whole calendar: name, zone, week, holidays, default mark). 422 names the field
 * (name, timeZone, week); 409 is a duplicate name.
 */
export function saveCalendar({ id, body }: SaveCalendarInput): Promise<Calendar> {
  return id
    ? unwrap(api.PUT('/api/sla/calendars/{id}', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/sla/calendars', { body }));
}

export function useSaveCalendar({ onSuccess }: { onSuccess?: (calendar: Calendar) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCalendar,
    onSuccess: async (calendar) => {
      // The list (one default at a time, so others changed too), previews and clocks counted on it.
      await queryClient.invalidateQueries({ queryKey: slaKeys.all() });
      onSuccess?.(calendar);
    },
    onError: (error) => {
      if (isApiError(error, 404)) void queryClient.invalidateQueries({ queryKey: slaKeys.calendars() });
    },
  });
}
