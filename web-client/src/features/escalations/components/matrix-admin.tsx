import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area, Topic } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { TICKET_TYPES, isOneOf } from '@/config/pqrs';

import { useCreateMatrixRow, useDeleteMatrixRow, useEscalationMatrix } from '../api/matrix';

interface MatrixAdminProps {
  areas: readonly Area[];
  topics: readonly Topic[];
  topicName: (id: string) => string;
}

/** The escalation matrix: one row per topic (optionally per ticket type); add and remove rows. */
export function MatrixAdmin({ areas, topics, topicName }: MatrixAdminProps) {
  const { t } = useTranslation();
  const matrix = useEscalationMatrix();
  const create = useCreateMatrixRow();
  const remove = useDeleteMatrixRow();
  const [topicId, setTopicId] = useState('');
  const [ticketType, setTicketType] = useState('');
  const [areaId, setAreaId] = useState('');
  const [nextAreaId, setNextAreaId] = useState('');
  const [ola, setOla] = useState('480');
  const [failure, setFailure] = useState<string | null>(null);
  const areaName = (id: string | null) => areas.find((a) => a.id === id)?.name ?? t('common.none');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const minutes = Number(ola);
    if (!topicId || !areaId || !Number.isInteger(minutes) || minutes <= 0) return setFailure(t('escalations.matrix.incomplete'));
    setFailure(null);
    create.mutate(
      {
        topicId,
        ticketType: isOneOf(TICKET_TYPES, ticketType) ? ticketType : null,
        areaId,
        defaultResponderId: null,
        nextAreaId: nextAreaId || null,
        nextToManager: false,
        olaMinutes: minutes,
      },
      { onError: (error) => setFailure(mutationErrorMessage(error, t('common.unexpectedError'))) },
    );
  };

  return (
    <Stack>
      {matrix.isError ? (
        <Alert color="red">{t('common.loadError')}</Alert>
      ) : (matrix.data ?? []).length === 0 ? (
        <Text c="gray.7">{t('escalations.matrix.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('escalations.matrix.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('escalations.matrix.topic')}</Table.Th>
                <Table.Th scope="col">{t('escalations.matrix.type')}</Table.Th>
                <Table.Th scope="col">{t('escalations.escalate.area')}</Table.Th>
                <Table.Th scope="col">{t('escalations.matrix.next')}</Table.Th>
                <Table.Th scope="col">{t('escalations.matrix.ola')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(matrix.data ?? []).map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row">{topicName(row.topicId)}</Table.Th>
                  <Table.Td>{row.ticketType ? t(`enums.ticketType.${row.ticketType}`) : t('escalations.matrix.anyType')}</Table.Td>
                  <Table.Td>{areaName(row.areaId)}</Table.Td>
                  <Table.Td>{row.nextToManager ? t('escalations.matrix.manager') : areaName(row.nextAreaId)}</Table.Td>
                  <Table.Td>{row.olaMinutes}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => remove.mutate(row.id)} aria-label={t('escalations.matrix.delete', { topic: topicName(row.topicId) })}>
                      {t('escalations.matrix.deleteShort')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <form onSubmit={submit} noValidate aria-label={t('escalations.matrix.add')}>
        <Stack gap="sm">
          <NativeSelect
            label={t('escalations.matrix.topic')}
            value={topicId}
            onChange={(e) => setTopicId(e.currentTarget.value)}
            data={[{ value: '', label: t('escalations.matrix.choose') }, ...topics.map((tp) => ({ value: tp.id, label: topicName(tp.id) }))]}
          />
          <NativeSelect
            label={t('escalations.matrix.type')}
            value={ticketType}
            onChange={(e) => setTicketType(e.currentTarget.value)}
            data={[{ value: '', label: t('escalations.matrix.anyType') }, ...TICKET_TYPES.map((tt) => ({ value: tt, label: t(`enums.ticketType.${tt}`) }))]}
          />
          <NativeSelect
            label={t('escalations.escalate.area')}
            value={areaId}
            onChange={(e) => setAreaId(e.currentTarget.value)}
            data={[{ value: '', label: t('escalations.matrix.choose') }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <NativeSelect
            label={t('escalations.matrix.next')}
            value={nextAreaId}
            onChange={(e) => setNextAreaId(e.currentTarget.value)}
            data={[{ value: '', label: t('common.none') }, ...areas.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <TextInput label={t('escalations.matrix.ola')} type="number" min={1} value={ola} onChange={(e) => setOla(e.currentTarget.value)} />
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('escalations.matrix.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
