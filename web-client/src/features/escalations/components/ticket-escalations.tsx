import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Area } from '@/api/types';
import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useTicketEscalations } from '../api/get-ticket-escalations';

import { LegStatusBadge } from './leg-status-badge';

/** The ticket's legs in order: area, round, state, due date, the area's answer and the review's reason. */
export function TicketEscalations({ number, areas }: { number: string; areas: readonly Area[] }) {
  const { t } = useTranslation();
  const { timeZone, elsewhere } = useTimeZone();
  const legs = useTicketEscalations(number);

  if (!legs.data) return <QueryState query={legs} />;
  if (legs.data.length === 0) return <Text c="gray.7">{t('escalations.ticket.empty')}</Text>;

  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('escalations.ticket.label', { number })}>
      {legs.data.map((leg) => {
        const area = areas.find((a) => a.id === leg.areaId)?.name ?? t('common.none');
        return (
          <Paper component="li" withBorder p="sm" key={leg.id}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text fw={600}>
                  {leg.toManager ? t('escalations.ticket.areaManager', { area }) : area} · {t('escalations.ticket.round', { round: leg.round })}
                </Text>
                <LegStatusBadge status={leg.status} />
              </Group>
              <Text size="sm" c="gray.7">
                {t('escalations.ticket.due', { date: formatDateTime(leg.dueAt, timeZone, { withOffset: elsewhere }) })}
              </Text>
              <Text size="sm">
                <strong>{t('escalations.ticket.reason')}:</strong> {leg.reason}
              </Text>
              {leg.answer ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <strong>{t('escalations.ticket.answer')}:</strong> {leg.answer}
                </Text>
              ) : null}
              {leg.reviewReason ? (
                <Text size="sm">
                  <strong>{t('escalations.ticket.reviewReason')}:</strong> {leg.reviewReason}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
