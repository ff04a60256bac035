import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { EscalationMatrixRow } from '@/api/types';
import { formatHours } from '@/utils/format';

interface MatrixTableProps {
  rows: readonly EscalationMatrixRow[];
  topicName: (id: string) => string;
  areaName: (id: string) => string;
  /** The default responder's name; null when the directory does not list them (any more). */
  responderName: (id: string) => string | null;
  onEdit: (row: EscalationMatrixRow) => void;
  onDelete: (row: EscalationMatrixRow) => void;
}

/** The rows of the escalation matrix by topic, each with its labelled edit and delete buttons. */
export function MatrixTable({ rows, topicName, areaName, responderName, onEdit, onDelete }: MatrixTableProps) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="gray.7">{t('escalations.matrix.empty')}</Text>;

  const typeLabel = (row: EscalationMatrixRow) => (row.ticketType ? t(`enums.ticketType.${row.ticketType}`) : t('escalations.matrix.anyType'));
  const sorted = [...rows].sort((a, b) => topicName(a.topicId).localeCompare(topicName(b.topicId)) || (a.ticketType ?? '').localeCompare(b.ticketType ?? ''));

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={t('escalations.matrix.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('escalations.matrix.topic')}</Table.Th>
            <Table.Th scope="col">{t('escalations.matrix.type')}</Table.Th>
            <Table.Th scope="col">{t('escalations.matrix.area')}</Table.Th>
            <Table.Th scope="col">{t('escalations.matrix.responder')}</Table.Th>
            <Table.Th scope="col">{t('escalations.matrix.next')}</Table.Th>
            <Table.Th scope="col">{t('escalations.matrix.ola')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => {
            const label = t('escalations.matrix.rowName', { topic: topicName(row.topicId), type: typeLabel(row) });
            return (
              <Table.Tr key={row.id}>
                <Table.Th scope="row" fw={500}>
                  {topicName(row.topicId)}
                </Table.Th>
                <Table.Td>{typeLabel(row)}</Table.Td>
                <Table.Td>{areaName(row.areaId)}</Table.Td>
                <Table.Td>
                  {row.defaultResponderId ? (responderName(row.defaultResponderId) ?? t('escalations.matrix.unknownResponder')) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  {row.nextToManager ? t('escalations.matrix.manager') : row.nextAreaId ? areaName(row.nextAreaId) : t('common.none')}
                </Table.Td>
                <Table.Td>{formatHours(Number(row.olaMinutes))}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button variant="subtle" size="compact-sm" aria-label={t('escalations.matrix.edit', { row: label })} onClick={() => onEdit(row)}>
                      {t('common.edit')}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={t('escalations.matrix.delete', { row: label })}
                      onClick={() => onDelete(row)}
                    >
                      {t('escalations.matrix.deleteShort')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
