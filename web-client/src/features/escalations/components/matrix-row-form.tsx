import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Area, EscalationMatrixRow, SaveMatrixRowBody, Topic } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { TICKET_TYPES, isOneOf } from '@/config/pqrs';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';
import { formatHours } from '@/utils/format';

import { useCreateMatrixRow } from '../api/create-matrix-row';
import { useUpdateMatrixRow } from '../api/update-matrix-row';
import { OLA_MINUTES_MAX, hoursToMinutes } from '../utils/ola-hours';

/** What the form hands to the route's picker of the area's members (the staff directory is another feature). */
export interface ResponderPickerProps {
  areaId: string;
  label: string;
  description: string;
  noneLabel: string;
  value: string;
  onChange: (value: string) => void;
  error?: React.ReactNode;
}

/** The "next level" choice: nobody, the answering area's manager, or another area (its id). */
const MANAGER = 'manager';

/** The API's field names that this form edits under another name. */
const FIELD_ALIASES = { nextAreaId: 'nextLevel', nextToManager: 'nextLevel', olaMinutes: 'olaHours' };

interface MatrixRowFormProps {
  /** The row to change; omitted to add one. */
  row?: EscalationMatrixRow;
  areas: readonly Area[];
  topics: readonly Topic[];
  topicName: (id: string) => string;
  renderResponderPicker: (props: ResponderPickerProps) => React.ReactNode;
  onDone: (row: EscalationMatrixRow) => void;
  onCancel: () => void;
}

/**
 * Add or change a matrix row: topic, optional ticket type, answering area, optional default responder in that area,
 * next level (another area or the area's manager) and the OLA in business hours (sent as minutes). Controlled, because
 * the responder depends on the area: changing the area clears the responder.
 */
export function MatrixRowForm({ row, areas, topics, topicName, renderResponderPicker, onDone, onCancel }: MatrixRowFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      topicId: row?.topicId ?? '',
      ticketType: row?.ticketType ?? '',
      areaId: row?.areaId ?? '',
      defaultResponderId: row?.defaultResponderId ?? '',
      nextLevel: row?.nextToManager ? MANAGER : (row?.nextAreaId ?? ''),
      olaHours: row ? formatHours(Number(row.olaMinutes)) : '',
    },
    validate: {
      topicId: (v) => (v === '' ? i18n.t('common.required') : null),
      areaId: (v) => (v === '' ? i18n.t('common.required') : null),
      olaHours: (v) =>
        v.trim() === ''
          ? i18n.t('common.required')
          : hoursToMinutes(v) === null
            ? i18n.t('escalations.matrix.olaInvalid', { max: formatHours(OLA_MINUTES_MAX) })
            : null,
    },
  });

  const saved = (result: EscalationMatrixRow) => {
    notifications.show({ color: 'green', message: t('escalations.matrix.savedToast', { topic: topicName(result.topicId) }) });
    onDone(result);
  };
  const createRow = useCreateMatrixRow({ onSuccess: saved });
  const updateRow = useUpdateMatrixRow({ onSuccess: saved });

  const onError = (error: unknown) => {
    const general = applyProblem(form, error, t('common.unexpectedError'), FIELD_ALIASES);
    if (isApiError(error, 409)) form.setFieldError('topicId', t('escalations.matrix.duplicate'));
    else if (isApiError(error, 404)) setGeneralError(t('escalations.matrix.gone'));
    else setGeneralError(general);
  };

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const body: SaveMatrixRowBody = {
      topicId: values.topicId,
      ticketType: isOneOf(TICKET_TYPES, values.ticketType) ? values.ticketType : null,
      areaId: values.areaId,
      defaultResponderId: values.defaultResponderId || null,
      nextAreaId: values.nextLevel === MANAGER ? null : values.nextLevel || null,
      nextToManager: values.nextLevel === MANAGER,
      olaMinutes: hoursToMinutes(values.olaHours) ?? 0,
    };
    if (row) updateRow.mutate({ id: row.id, body }, { onError });
    else createRow.mutate(body, { onError });
  });

  // Inactive areas and topics are not offered, except the row's own (so an old row still shows what it has).
  const topicOptions = topics
    .filter((tp) => tp.active || tp.id === row?.topicId)
    .map((tp) => ({ value: tp.id, label: topicName(tp.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const areaOptions = (keep: string | null | undefined) =>
    areas.filter((a) => a.active || a.id === keep).map((a) => ({ value: a.id, label: a.active ? a.name : `${a.name} (${t('common.inactive')})` }));
  const area = form.getInputProps('areaId');

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <NativeSelect
        label={t('escalations.matrix.topic')}
        description={t('escalations.matrix.topicHint')}
        required
        data-autofocus
        data={[{ value: '', label: t('escalations.matrix.choose') }, ...topicOptions]}
        {...form.getInputProps('topicId')}
      />
      <NativeSelect
        label={t('escalations.matrix.type')}
        description={t('escalations.matrix.typeHint')}
        data={[{ value: '', label: t('escalations.matrix.anyType') }, ...TICKET_TYPES.map((tt) => ({ value: tt, label: t(`enums.ticketType.${tt}`) }))]}
        {...form.getInputProps('ticketType')}
      />
      <NativeSelect
        label={t('escalations.matrix.area')}
        required
        data={[{ value: '', label: t('escalations.matrix.choose') }, ...areaOptions(row?.areaId)]}
        {...area}
        onChange={(event: React.ChangeEvent<HTMLSelectElement>) => {
          // Someone of the old area is not a member of the new one.
          form.setFieldValue('areaId', event.currentTarget.value);
          form.setFieldValue('defaultResponderId', '');
        }}
      />
      {renderResponderPicker({
        areaId: form.values.areaId,
        label: t('escalations.matrix.responder'),
        description: t('escalations.matrix.responderHint'),
        noneLabel: t('escalations.matrix.noResponder'),
        value: form.values.defaultResponderId,
        onChange: (value) => form.setFieldValue('defaultResponderId', value),
        error: form.errors.defaultResponderId,
      })}
      <NativeSelect
        label={t('escalations.matrix.next')}
        description={t('escalations.matrix.nextHint')}
        data={[
          { value: '', label: t('escalations.matrix.noNext') },
          { value: MANAGER, label: t('escalations.matrix.manager') },
          ...areaOptions(row?.nextAreaId).map((o) => ({ ...o, label: t('escalations.matrix.nextArea', { area: o.label }) })),
        ]}
        {...form.getInputProps('nextLevel')}
      />
      <TextInput
        label={t('escalations.matrix.ola')}
        description={t('escalations.matrix.olaHint')}
        required
        inputMode="decimal"
        autoComplete="off"
        {...form.getInputProps('olaHours')}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={createRow.isPending || updateRow.isPending}>
          {row ? t('common.save') : t('escalations.matrix.add')}
        </Button>
      </Group>
    </FormShell>
  );
}
