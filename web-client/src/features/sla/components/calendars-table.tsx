import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Calendar } from '@/api/types';

import { summarizeWeek } from '../utils/week';

interface CalendarsTableProps {
  calendars: readonly Calendar[];
  onEdit: (calendar: Calendar) => void;
}

/** The business calendars: name, zone, weekly hours in short, number of holidays, the default mark and "Editar". */
export function CalendarsTable({ calendars, onEdit }: CalendarsTableProps) {
  const { t } = useTranslation();
  if (calendars.length === 0) return <Text c="dimmed">{t('sla.calendars.empty')}</Text>;

  const sorted = [...calendars].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name));
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover aria-label={t('sla.calendars.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sla.calendars.name')}</Table.Th>
            <Table.Th scope="col">{t('sla.calendars.timeZone')}</Table.Th>
            <Table.Th scope="col">{t('sla.calendars.schedule')}</Table.Th>
            <Table.Th scope="col">{t('sla.calendars.holidays')}</Table.Th>
            <Table.Th scope="col">{t('sla.calendars.default')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((calendar) => (
            <Table.Tr key={calendar.id}>
              <Table.Th scope="row" fw={500}>
                {calendar.name}
              </Table.Th>
              <Table.Td>{calendar.timeZone}</Table.Td>
              <Table.Td>{summarizeWeek(calendar.week, (day) => t(`sla.weekdaysShort.${day}`)) || t('common.none')}</Table.Td>
              <Table.Td>{t('sla.calendars.holidayCount', { count: calendar.holidays.length })}</Table.Td>
              <Table.Td>
                {calendar.isDefault ? (
                  <Badge variant="light" color="blue">
                    {t('sla.calendars.default')}
                  </Badge>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
              <Table.Td>
                <Button variant="subtle" size="compact-sm" aria-label={t('sla.calendars.edit', { name: calendar.name })} onClick={() => onEdit(calendar)}>
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
