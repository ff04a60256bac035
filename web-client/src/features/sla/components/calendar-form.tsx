import { Button, Fieldset, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Calendar, SaveCalendarBody, Weekday } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { WEEKDAYS } from '@/config/sla';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';
import { useOrganisationSettings } from '@/lib/organisation';

import { useSaveCalendar } from '../api/save-calendar';
import { type WeekFields, fieldsToWeek, isTime, periodError, weekToFields } from '../utils/week';

interface HolidayFields {
  /** A React key for the row (holidays have no id). */
  key: string;
  day: string;
  name: string;
}

interface CalendarValues {
  name: string;
  timeZone: string;
  isDefault: boolean;
  nationalHolidays: boolean;
  week: WeekFields;
  holidays: HolidayFields[];
}

let rowKey = 0;
const nextKey = () => `row-${(rowKey += 1)}`;

/** A new calendar starts as Monday to Friday, 08:00–17:00, in the organisation's zone. */
const NEW_WEEK = weekToFields(
  (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, start: '08:00', end: '17:00' })),
);

function validate(values: CalendarValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim() === '') errors.name = i18n.t('common.required');
  if (values.timeZone.trim() === '') errors.timeZone = i18n.t('common.required');
  for (const day of WEEKDAYS) {
    values.week[day].forEach((period, i) => {
      const start = period.start.trim();
      const end = period.end.trim();
      if (!isTime(start)) errors[`week.${day}.${i}.start`] = i18n.t('sla.calendars.timeInvalid');
      else if (!isTime(end)) errors[`week.${day}.${i}.end`] = i18n.t('sla.calendars.timeInvalid');
      else if (periodError({ start, end }) === 'order') errors[`week.${day}.${i}.end`] = i18n.t('sla.calendars.orderInvalid');
    });
  }
  values.holidays.forEach((holiday, i) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday.day)) errors[`holidays.${i}.day`] = i18n.t('common.required');
    if (holiday.name.trim() === '') errors[`holidays.${i}.name`] = i18n.t('common.required');
  });
  return errors;
}

interface CalendarFormProps {
  /** The calendar to change; omitted to create one. */
  calendar?: Calendar;
  onDone: (calendar: Calendar) => void;
  onCancel: () => void;
}

/**
 * Create or replace a business calendar: name, IANA time zone, the week (Monday to Sunday, one or more HH:mm periods a
 * day), whether it closes on Colombia's national holidays (computed by the API for every year), its own extra closures
 * (date and name) and the "default calendar" mark. Periods are checked here (HH:mm, start before end);
 * overlaps and unknown zones are the API's to find, and its 422 lands on the week, time zone or name.
 */
export function CalendarForm({ calendar, onDone, onCancel }: CalendarFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  // A period or holiday row just added gets the focus; a removed one hands it to its "add" button.
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const addPeriodButtons = useRef<Partial<Record<Weekday, HTMLButtonElement | null>>>({});
  const addHolidayButton = useRef<HTMLButtonElement>(null);
  const weekHintId = useId();
  const weekErrorId = useId();
  const holidaysErrorId = useId();

  const organisation = useOrganisationSettings();

  const form = useForm<CalendarValues>({
    mode: 'controlled',
    initialValues: {
      name: calendar?.name ?? '',
      // Empty (required) in the rare case the organisation's settings have not arrived yet.
      timeZone: calendar?.timeZone ?? organisation.data?.timeZone ?? '',
      isDefault: calendar?.isDefault ?? false,
      nationalHolidays: calendar?.nationalHolidays ?? true,
      week: calendar ? weekToFields(calendar.week) : NEW_WEEK,
      holidays: (calendar?.holidays ?? []).map((h) => ({ key: nextKey(), day: h.day, name: h.name })),
    },
    validate,
  });

  const save = useSaveCalendar({
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('sla.calendars.savedToast', { name: saved.name }) });
      onDone(saved);
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const body: SaveCalendarBody = {
      name: values.name.trim(),
      timeZone: values.timeZone.trim(),
      week: fieldsToWeek(values.week),
      holidays: values.holidays.map((h) => ({ day: h.day, name: h.name.trim() })),
      isDefault: values.isDefault,
      nationalHolidays: values.nationalHolidays,
    };
    save.mutate(
      { id: calendar?.id, body },
      {
        onError: (error) => {
          const general = applyProblem(form, error, t('common.unexpectedError'));
          if (isApiError(error, 409)) form.setFieldError('name', t('sla.calendars.duplicate'));
          else if (isApiError(error, 404)) setGeneralError(t('sla.calendars.gone'));
          else setGeneralError(general);
        },
      },
    );
  });

  const addPeriod = (day: Weekday) => {
    const periods = form.values.week[day];
    const last = periods[periods.length - 1];
    form.insertListItem(`week.${day}`, { start: last ? last.end : '08:00', end: '' });
    form.clearFieldError('week');
    setFocusKey(`${day}-${periods.length}`);
  };
  const removePeriod = (day: Weekday, index: number) => {
    form.removeListItem(`week.${day}`, index);
    form.clearFieldError('week');
    addPeriodButtons.current[day]?.focus();
  };
  const addHoliday = () => {
    const key = nextKey();
    form.insertListItem('holidays', { key, day: '', name: '' });
    setFocusKey(key);
  };
  const removeHoliday = (index: number) => {
    form.removeListItem('holidays', index);
    addHolidayButton.current?.focus();
  };

  const weekError = form.errors.week;
  const holidaysError = form.errors.holidays;

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <TextInput label={t('sla.calendars.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
      <TextInput
        label={t('sla.calendars.timeZone')}
        description={t('sla.calendars.timeZoneHint')}
        required
        autoComplete="off"
        spellCheck={false}
        {...form.getInputProps('timeZone')}
      />
      <Switch
        label={t('sla.calendars.isDefault')}
        description={t('sla.calendars.isDefaultHint')}
        {...form.getInputProps('isDefault', { type: 'checkbox' })}
      />
      <Switch
        label={t('sla.calendars.nationalHolidays')}
        description={t('sla.calendars.nationalHolidaysHint')}
        {...form.getInputProps('nationalHolidays', { type: 'checkbox' })}
      />

      <Fieldset legend={t('sla.calendars.week')} aria-describedby={weekError ? `${weekHintId} ${weekErrorId}` : weekHintId}>
        <Stack gap="xs">
          <Text id={weekHintId} size="sm" c="dimmed">
            {t('sla.calendars.weekHint')}
          </Text>
          {weekError ? (
            <Text id={weekErrorId} size="sm" c="red.9" role="alert">
              {weekError}
            </Text>
          ) : null}
          <Table aria-label={t('sla.calendars.weekCaption')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sla.calendars.day')}</Table.Th>
                <Table.Th scope="col">{t('sla.calendars.periods')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {WEEKDAYS.map((day) => {
                const dayName = t(`sla.weekdays.${day}`);
                const periods = form.values.week[day];
                return (
                  <Table.Tr key={day}>
                    <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top', paddingTop: 10 }}>
                      {dayName}
                    </Table.Th>
                    <Table.Td>
                      <Stack gap={6}>
                        {periods.length === 0 ? (
                          <Text size="sm" c="dimmed">
                            {t('sla.calendars.closed')}
                          </Text>
                        ) : (
                          periods.map((_period, i) => (
                            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                              <TextInput
                                aria-label={t('sla.calendars.startOf', { day: dayName, n: i + 1 })}
                                placeholder="08:00"
                                size="xs"
                                w={110}
                                inputMode="numeric"
                                autoComplete="off"
                                autoFocus={focusKey === `${day}-${i}`}
                                {...form.getInputProps(`week.${day}.${i}.start`)}
                              />
                              <Text size="sm" pt={4} aria-hidden="true">
                                –
                              </Text>
                              <TextInput
                                aria-label={t('sla.calendars.endOf', { day: dayName, n: i + 1 })}
                                placeholder="17:00"
                                size="xs"
                                w={110}
                                inputMode="numeric"
                                autoComplete="off"
                                {...form.getInputProps(`week.${day}.${i}.end`)}
                              />
                              <Button
                                variant="subtle"
                                color="red"
                                size="compact-sm"
                                mt={2}
                                aria-label={t('sla.calendars.removePeriodOf', { day: dayName, n: i + 1 })}
                                onClick={() => removePeriod(day, i)}
                              >
                                {t('sla.calendars.remove')}
                              </Button>
                            </Group>
                          ))
                        )}
                        <Button
                          ref={(element) => {
                            addPeriodButtons.current[day] = element;
                          }}
                          variant="subtle"
                          size="compact-sm"
                          style={{ alignSelf: 'flex-start' }}
                          aria-label={t('sla.calendars.addPeriodTo', { day: dayName })}
                          onClick={() => addPeriod(day)}
                        >
                          {t('sla.calendars.addPeriod')}
                        </Button>
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('sla.calendars.holidays')} aria-describedby={holidaysError ? holidaysErrorId : undefined}>
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('sla.calendars.holidaysHint')}
          </Text>
          {holidaysError ? (
            <Text id={holidaysErrorId} size="sm" c="red.9" role="alert">
              {holidaysError}
            </Text>
          ) : null}
          {form.values.holidays.length === 0 ? (
            <Text size="sm">{t('sla.calendars.noHolidays')}</Text>
          ) : (
            <Table aria-label={t('sla.calendars.holidaysCaption')} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sla.calendars.holidayDate')}</Table.Th>
                  <Table.Th scope="col">{t('sla.calendars.holidayName')}</Table.Th>
                  <Table.Th scope="col">{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {form.values.holidays.map((holiday, i) => (
                  <Table.Tr key={holiday.key}>
                    <Table.Td>
                      <TextInput
                        type="date"
                        size="xs"
                        aria-label={t('sla.calendars.holidayDateOf', { n: i + 1 })}
                        autoFocus={focusKey === holiday.key}
                        {...form.getInputProps(`holidays.${i}.day`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('sla.calendars.holidayNameOf', { n: i + 1 })} autoComplete="off" {...form.getInputProps(`holidays.${i}.name`)} />
                    </Table.Td>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={t('sla.calendars.removeHolidayOf', { n: i + 1 })}
                        onClick={() => removeHoliday(i)}
                      >
                        {t('sla.calendars.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Button ref={addHolidayButton} variant="light" size="compact-sm" style={{ alignSelf: 'flex-start' }} onClick={addHoliday}>
            {t('sla.calendars.addHoliday')}
          </Button>
        </Stack>
      </Fieldset>

      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {calendar ? t('common.save') : t('sla.calendars.add')}
        </Button>
      </Group>
    </FormShell>
  );
}
