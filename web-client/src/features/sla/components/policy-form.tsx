import { Alert, Button, Checkbox, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Calendar, Channel, Priority, SavePolicyBody, SlaPolicy, TicketType } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { CHANNELS, PRIORITIES, TICKET_TYPES, isOneOf } from '@/config/pqrs';
import { DEFAULT_WARNING_PERCENT, TARGET_DAYS_MAX, TARGET_KINDS, TARGET_MINUTES_MAX } from '@/config/sla';
import { applyProblemToForm } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';
import { formatHours } from '@/utils/format';

import { useSavePolicy } from '../api/save-policy';
import { type TargetFields, fieldsToTarget, isTargetKind, parseAmount, targetToFields, usesCalendar } from '../utils/target';

type Target = 'firstResponse' | 'resolution';

interface PolicyValues {
  name: string;
  ticketTypes: string[];
  topicIds: string[];
  priorities: string[];
  channels: string[];
  segments: string[];
  precedence: string;
  warningPercent: string;
  firstResponseKind: TargetFields['kind'];
  firstResponseAmount: string;
  firstResponseCalendarId: string;
  resolutionKind: TargetFields['kind'];
  resolutionAmount: string;
  resolutionCalendarId: string;
}

/** The API's field names that this form edits under another name. */
const FIELD_ALIASES = { firstResponse: 'firstResponseAmount', resolution: 'resolutionAmount' };

const fieldsOf = (values: PolicyValues, target: Target): TargetFields => ({
  kind: values[`${target}Kind`],
  amount: values[`${target}Amount`],
  calendarId: values[`${target}CalendarId`],
});

function validate(values: PolicyValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.name.trim() === '') errors.name = i18n.t('common.required');
  if (!/^-?\d+$/.test(values.precedence.trim())) errors.precedence = i18n.t('sla.policies.precedenceInvalid');
  const percent = Number(values.warningPercent.trim());
  if (!/^\d+$/.test(values.warningPercent.trim()) || percent < 1 || percent > 99) errors.warningPercent = i18n.t('sla.policies.warningInvalid');
  for (const target of ['firstResponse', 'resolution'] as const) {
    const fields = fieldsOf(values, target);
    if (fields.kind === '') continue;
    if (parseAmount(fields.kind, fields.amount) === null)
      errors[`${target}Amount`] =
        fields.kind === 'business_days'
          ? i18n.t('sla.policies.amountInvalidDays', { max: TARGET_DAYS_MAX })
          : i18n.t('sla.policies.amountInvalidHours', { max: formatHours(TARGET_MINUTES_MAX) });
    if (usesCalendar(fields.kind) && fields.calendarId === '') errors[`${target}CalendarId`] = i18n.t('common.required');
  }
  if (values.firstResponseKind === '' && values.resolutionKind === '') errors.resolutionKind = i18n.t('sla.policies.targetRequired');
  return errors;
}

/** Null for "any" (nothing ticked): the API reads an empty list as "matches nothing". */
const orNull = <T,>(values: T[]): T[] | null => (values.length > 0 ? values : null);

interface PolicyFormProps {
  /** The policy to change (saving adds a version); omitted to create one. */
  policy?: SlaPolicy;
  calendars: readonly Calendar[];
  topicOptions: readonly { value: string; label: string }[];
  onDone: (policy: SlaPolicy) => void;
  onCancel: () => void;
}

/**
 * Create a policy or change one (which adds a version that only new tickets use): name, conditions (ticket types,
 * topics, priorities and channels ticked, segments typed as tags; nothing ticked means any), precedence, the
 * first-response and resolution targets (how they are counted, the amount in hours or days, the calendar) and the
 * warning threshold. The API's 422 lands on the fields; `calendarId` on the targets that use a calendar.
 */
export function PolicyForm({ policy, calendars, topicOptions, onDone, onCancel }: PolicyFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const defaultCalendarId = (calendars.find((c) => c.isDefault) ?? calendars[0])?.id ?? '';
  const firstResponse = targetToFields(policy?.firstResponse ?? null, defaultCalendarId);
  const resolution = targetToFields(policy?.resolution ?? null, defaultCalendarId);

  const form = useForm<PolicyValues>({
    mode: 'controlled',
    initialValues: {
      name: policy?.name ?? '',
      ticketTypes: (policy?.conditions.ticketTypes ?? []).filter((v): v is TicketType => v !== null),
      topicIds: policy?.conditions.topicIds ?? [],
      priorities: policy?.conditions.priorities ?? [],
      channels: policy?.conditions.channels ?? [],
      segments: policy?.conditions.segments ?? [],
      precedence: String(policy?.precedence ?? 0),
      warningPercent: String(policy?.warningPercent ?? DEFAULT_WARNING_PERCENT),
      firstResponseKind: firstResponse.kind,
      firstResponseAmount: firstResponse.amount,
      firstResponseCalendarId: firstResponse.calendarId,
      resolutionKind: resolution.kind,
      resolutionAmount: resolution.amount,
      resolutionCalendarId: resolution.calendarId,
    },
    validate,
  });

  const save = useSavePolicy({
    onSuccess: (saved) => {
      notifications.show({ color: 'green', message: t('sla.policies.savedToast', { name: saved.name }) });
      onDone(saved);
    },
  });

  const onError = (error: unknown) => {
    const rest = applyProblemToForm(form, error, FIELD_ALIASES);
    if (isApiError(error, 404)) setGeneralError(t('sla.policies.gone'));
    else if (isApiError(error) && error.fieldErrors.calendarId) {
      // "A target names a calendar that does not exist": on each target counted on a calendar.
      const message = error.fieldErrors.calendarId;
      for (const target of ['firstResponse', 'resolution'] as const)
        if (usesCalendar(form.values[`${target}Kind`])) form.setFieldError(`${target}CalendarId`, message);
      const others = rest.filter((m) => m !== message);
      if (others.length > 0) setGeneralError(others.join(' '));
    } else if (rest.length > 0) setGeneralError(rest.join(' '));
    else if (!isApiError(error) || Object.keys(error.fieldErrors).length === 0) setGeneralError(mutationErrorMessage(error, t('common.unexpectedError')));
  };

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const body: SavePolicyBody = {
      name: values.name.trim(),
      conditions: {
        ticketTypes: orNull(values.ticketTypes.filter((v) => isOneOf(TICKET_TYPES, v))),
        topicIds: orNull(values.topicIds),
        priorities: orNull(values.priorities.filter((v): v is Priority => isOneOf(PRIORITIES, v))),
        channels: orNull(values.channels.filter((v): v is Channel => isOneOf(CHANNELS, v))),
        segments: orNull(values.segments.map((s) => s.trim()).filter((s) => s !== '')),
      },
      precedence: Number(values.precedence.trim()),
      firstResponse: fieldsToTarget(fieldsOf(values, 'firstResponse')),
      resolution: fieldsToTarget(fieldsOf(values, 'resolution')),
      warningPercent: Number(values.warningPercent.trim()),
    };
    save.mutate({ id: policy?.id, body }, { onError });
  });

  const calendarOptions = calendars.map((c) => ({ value: c.id, label: c.name }));

  const targetFieldset = (target: Target) => {
    const kind = form.values[`${target}Kind`];
    const kindProps = form.getInputProps(`${target}Kind`);
    return (
      <Fieldset legend={t(`sla.policies.${target}`)}>
        <Stack gap="sm">
          <NativeSelect
            label={t('sla.policies.targetKind')}
            data={[{ value: '', label: t('sla.policies.noTarget') }, ...TARGET_KINDS.map((k) => ({ value: k, label: t(`sla.targetKind.${k}`) }))]}
            {...kindProps}
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) => {
              const value = event.currentTarget.value;
              form.setFieldValue(`${target}Kind`, isTargetKind(value) ? value : '');
              form.clearFieldError(`${target}Amount`);
              form.clearFieldError('resolutionKind');
            }}
          />
          {kind !== '' ? (
            <SimpleGrid cols={{ base: 1, sm: usesCalendar(kind) ? 2 : 1 }} spacing="sm">
              <TextInput
                label={kind === 'business_days' ? t('sla.policies.amountDays') : t('sla.policies.amountHours')}
                description={kind === 'business_days' ? undefined : t('sla.policies.amountHoursHint')}
                required
                inputMode={kind === 'business_days' ? 'numeric' : 'decimal'}
                autoComplete="off"
                {...form.getInputProps(`${target}Amount`)}
              />
              {usesCalendar(kind) ? (
                <NativeSelect
                  label={t('sla.policies.calendar')}
                  required
                  data={[{ value: '', label: t('sla.policies.choose') }, ...calendarOptions]}
                  {...form.getInputProps(`${target}CalendarId`)}
                />
              ) : null}
            </SimpleGrid>
          ) : null}
        </Stack>
      </Fieldset>
    );
  };

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      {policy ? (
        <Alert color="blue" variant="light">
          {t('sla.policies.newVersion', { version: Number(policy.version) + 1 })}
        </Alert>
      ) : null}
      <TextInput label={t('sla.policies.name')} required data-autofocus autoComplete="off" {...form.getInputProps('name')} />

      <Fieldset legend={t('sla.policies.conditions')}>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('sla.policies.conditionsHint')}
          </Text>
          <Checkbox.Group label={t('sla.policies.types')} {...form.getInputProps('ticketTypes')}>
            <Group gap="md" mt={4}>
              {TICKET_TYPES.map((v) => (
                <Checkbox key={v} value={v} label={t(`enums.ticketType.${v}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <MultiSelect
            label={t('sla.policies.topics')}
            description={t('sla.policies.topicsHint')}
            data={[...topicOptions]}
            searchable
            clearable
            {...form.getInputProps('topicIds')}
          />
          <Checkbox.Group label={t('sla.policies.priorities')} {...form.getInputProps('priorities')}>
            <Group gap="md" mt={4}>
              {PRIORITIES.map((v) => (
                <Checkbox key={v} value={v} label={t(`enums.priority.${v}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group label={t('sla.policies.channels')} {...form.getInputProps('channels')}>
            <Group gap="md" mt={4}>
              {CHANNELS.map((v) => (
                <Checkbox key={v} value={v} label={t(`enums.channel.${v}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TagsInput label={t('sla.policies.segments')} description={t('sla.policies.segmentsHint')} clearable {...form.getInputProps('segments')} />
        </Stack>
      </Fieldset>

      <TextInput
        label={t('sla.policies.precedence')}
        description={t('sla.policies.precedenceHint')}
        inputMode="numeric"
        autoComplete="off"
        {...form.getInputProps('precedence')}
      />
      {targetFieldset('firstResponse')}
      {targetFieldset('resolution')}
      <TextInput
        label={t('sla.policies.warning')}
        description={t('sla.policies.warningHint')}
        required
        inputMode="numeric"
        autoComplete="off"
        {...form.getInputProps('warningPercent')}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {policy ? t('common.save') : t('sla.policies.add')}
        </Button>
      </Group>
    </FormShell>
  );
}
