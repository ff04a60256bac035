import { Alert, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AreaCalendar, Calendar } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useSetAreaCalendar } from '../api/set-area-calendar';

/** An area as this section needs it (the directory is another feature; the route hands them over). */
export interface AreaOption {
  id: string;
  name: string;
}

interface AreaCalendarRowProps {
  area: AreaOption;
  /** The area's own calendar; '' when it counts on the default one. */
  current: string;
  calendars: readonly Calendar[];
  defaultLabel: string;
}

function AreaCalendarRow({ area, current, calendars, defaultLabel }: AreaCalendarRowProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(current);
  // Follow the list when it changes (after saving, or someone else's change); keep an unsaved choice otherwise.
  const [seen, setSeen] = useState(current);
  if (seen !== current) {
    setSeen(current);
    setValue(current);
  }
  const set = useSetAreaCalendar({
    onSuccess: () => notifications.show({ color: 'green', message: t('sla.areaCalendars.savedToast', { area: area.name }) }),
  });

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {area.name}
      </Table.Th>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <NativeSelect
            aria-label={t('sla.areaCalendars.calendarOf', { area: area.name })}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              set.reset();
            }}
            data={[{ value: '', label: defaultLabel }, ...calendars.map((c) => ({ value: c.id, label: c.name }))]}
            error={set.isError ? mutationErrorMessage(set.error, t('common.unexpectedError')) : undefined}
            style={{ flex: 1 }}
          />
          <Button
            variant="light"
            aria-label={t('sla.areaCalendars.saveFor', { area: area.name })}
            disabled={value === current}
            loading={set.isPending}
            onClick={() => set.mutate({ areaId: area.id, calendarId: value || null })}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

interface AreaCalendarsProps {
  areas: readonly AreaOption[];
  assignments: readonly AreaCalendar[];
  calendars: readonly Calendar[];
}

/** Each area's calendar for its answer target (OLA): its own, or "default" (which clears it). */
export function AreaCalendars({ areas, assignments, calendars }: AreaCalendarsProps) {
  const { t } = useTranslation();
  if (areas.length === 0) return <Text c="dimmed">{t('sla.areaCalendars.empty')}</Text>;
  const byArea = new Map(assignments.map((a) => [a.areaId, a.calendarId]));
  const defaultCalendar = calendars.find((c) => c.isDefault);
  const defaultLabel = defaultCalendar ? t('sla.areaCalendars.useDefault', { name: defaultCalendar.name }) : t('sla.areaCalendars.useDefaultNone');

  return (
    <>
      <Alert color="blue" variant="light">
        {t('sla.areaCalendars.intro')}
      </Alert>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('sla.areaCalendars.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sla.areaCalendars.area')}</Table.Th>
              <Table.Th scope="col">{t('sla.areaCalendars.calendar')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...areas]
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((area) => (
                <AreaCalendarRow key={area.id} area={area} current={byArea.get(area.id) ?? ''} calendars={calendars} defaultLabel={defaultLabel} />
              ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
