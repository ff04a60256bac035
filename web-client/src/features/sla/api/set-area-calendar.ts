import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/api/client';
import { ApiError } from '@/api/problem';

import { slaKeys } from './keys';

export interface SetAreaCalendarInput {
  areaId: string;
  /** Null: the area goes back to the default calendar. */
  calendarId: string | null;
}

/** SetAreaCalendar (204). Open escalations keep their due times. */
export async function setAreaCalendar({ areaId, calendarId }: SetAreaCalendarInput): Promise<void> {
  const { error, response } = await api.PUT('/api/sla/area-calendars/{areaId}', { params: { path: { areaId } }, body: { calendarId } });
  if (!response.ok) throw ApiError.from(response, error);
}

export function useSetAreaCalendar({ onSuccess }: { onSuccess?: (input: SetAreaCalendarInput) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setAreaCalendar,
    onSuccess: async (_data, input) => {
      await queryClient.invalidateQueries({ queryKey: slaKeys.areaCalendars() });
      onSuccess?.(input);
    },
  });
}
