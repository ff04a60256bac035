import { Button, Modal, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Calendar } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useAreaCalendars } from '@/features/sla/api/get-area-calendars';
import { useCalendars } from '@/features/sla/api/get-calendars';
import { AreaCalendars } from '@/features/sla/components/area-calendars';
import { CalendarForm } from '@/features/sla/components/calendar-form';
import { CalendarsTable } from '@/features/sla/components/calendars-table';

type CalendarDialog = { kind: 'create' } | { kind: 'edit'; calendar: Calendar };

/**
 * Admin: the business calendars the SLA counts on (create and edit in a dialog) and, below, each area's calendar for
 * its answer target. Composes the SLA feature with the directory's areas.
 */
export default function SlaCalendarsRoute() {
  const { t } = useTranslation();
  const calendars = useCalendars();
  const areas = useAreas({ includeInactive: false });
  const assignments = useAreaCalendars();
  const [dialog, setDialog] = useState<CalendarDialog | null>(null);

  return (
    <Stack gap="xl">
      <PageHeader title={t('sla.calendars.title')} actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('sla.calendars.new')}</Button>} />
      <QueryState query={calendars}>
        {(list) => (
          <CalendarsTable calendars={list} onEdit={(calendar) => setDialog({ kind: 'edit', calendar })} />
        )}
      </QueryState>

      <Stack component="section" aria-labelledby="area-calendars-heading" gap="sm">
        <Title order={2} size="h3" id="area-calendars-heading">
          {t('sla.areaCalendars.title')}
        </Title>
        <QueryState query={areas}>
          {(areaList) => (
            <QueryState query={assignments}>
              {(assignmentList) => (
                <QueryState query={calendars}>
                  {(calendarList) => <AreaCalendars areas={areaList} assignments={assignmentList} calendars={calendarList} />}
                </QueryState>
              )}
            </QueryState>
          )}
        </QueryState>
      </Stack>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'edit' ? t('sla.calendars.editTitle') : t('sla.calendars.createTitle')}
        size="xl"
      >
        {dialog ? (
          <CalendarForm
            key={dialog.kind === 'edit' ? dialog.calendar.id : 'new'}
            calendar={dialog.kind === 'edit' ? dialog.calendar : undefined}
            onDone={() => setDialog(null)}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
