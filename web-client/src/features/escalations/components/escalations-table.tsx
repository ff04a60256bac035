import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Area, EscalationLeg } from '@/api/types';
import { paths } from '@/config/paths';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { LegStatusBadge } from './leg-status-badge';

/** Inbox rows, in the API's order (oldest due first); each ticket number opens the leg. */
export function EscalationsTable({ legs, areas, label }: { legs: readonly EscalationLeg[]; areas: readonly Area[]; label: string }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  if (legs.length === 0) return <Text c="gray.7">{t('escalations.inbox.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('escalations.inbox.ticket')}</Table.Th>
            <Table.Th scope="col">{t('escalations.escalate.area')}</Table.Th>
            <Table.Th scope="col">{t('escalations.inbox.round')}</Table.Th>
            <Table.Th scope="col">{t('escalations.inbox.status')}</Table.Th>
            <Table.Th scope="col">{t('escalations.inbox.due')}</Table.Th>
            <Table.Th scope="col">{t('escalations.ticket.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {legs.map((leg) => (
            <Table.Tr key={leg.id}>
              <Table.Th scope="row">
                <Anchor component={Link} to={paths.app.escalations.detail.getHref(leg.id)}>
                  {leg.ticketNumber}
                </Anchor>
              </Table.Th>
              <Table.Td>{areas.find((a) => a.id === leg.areaId)?.name ?? t('common.none')}</Table.Td>
              <Table.Td>{leg.round}</Table.Td>
              <Table.Td>
                <LegStatusBadge status={leg.status} />
              </Table.Td>
              <Table.Td>{formatDateTime(leg.dueAt, timeZone)}</Table.Td>
              <Table.Td>{leg.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
