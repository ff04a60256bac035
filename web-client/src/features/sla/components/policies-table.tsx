import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { SlaPolicy } from '@/api/types';

import { describeConditions, describeTarget } from '../utils/describe';

interface PoliciesTableProps {
  policies: readonly SlaPolicy[];
  topicName: (id: string) => string;
  calendarName: (id: string) => string | null;
  onEdit: (policy: SlaPolicy) => void;
  onRetire: (policy: SlaPolicy) => void;
}

/** The current policies: name, conditions, precedence, both targets, warning threshold and version, with edit and retire. */
export function PoliciesTable({ policies, topicName, calendarName, onEdit, onRetire }: PoliciesTableProps) {
  const { t } = useTranslation();
  if (policies.length === 0) return <Text c="dimmed">{t('sla.policies.empty')}</Text>;

  const sorted = [...policies].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table striped highlightOnHover aria-label={t('sla.policies.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sla.policies.name')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.conditions')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.precedence')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.firstResponse')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.resolution')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.threshold')}</Table.Th>
            <Table.Th scope="col">{t('sla.policies.version')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((policy) => (
            <Table.Tr key={policy.id}>
              <Table.Th scope="row" fw={500}>
                {policy.name}
              </Table.Th>
              <Table.Td>{describeConditions(policy.conditions, topicName)}</Table.Td>
              <Table.Td>{String(policy.precedence)}</Table.Td>
              <Table.Td>{describeTarget(policy.firstResponse, calendarName)}</Table.Td>
              <Table.Td>{describeTarget(policy.resolution, calendarName)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('sla.policies.thresholdValue', { percent: policy.warningPercent })}</Table.Td>
              <Table.Td>{t('sla.policies.versionValue', { version: policy.version })}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button variant="subtle" size="compact-sm" aria-label={t('sla.policies.edit', { name: policy.name })} onClick={() => onEdit(policy)}>
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('sla.policies.retire', { name: policy.name })}
                    onClick={() => onRetire(policy)}
                  >
                    {t('sla.policies.retireShort')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
