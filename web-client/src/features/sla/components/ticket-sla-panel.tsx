import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { SlaClock } from '@/api/types';
import { DefinitionList } from '@/components/ui/definition-list';
import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime, formatDue } from '@/utils/format';
import { formatDuration } from '@/utils/durations';

import { useTicketSla } from '../api/get-ticket-sla';
import { describeTarget } from '../utils/describe';

const STATE_COLORS: Record<SlaClock['state'], string> = {
  running: 'teal',
  paused: 'gray',
  met: 'green',
  breached: 'red',
  cancelled: 'gray',
};

function ClockStateBadge({ clock }: { clock: SlaClock }) {
  const { t } = useTranslation();
  if (clock.state === 'running' && clock.atRisk)
    return (
      <Badge variant="light" color="orange">
        {t('sla.ticket.atRisk')}
      </Badge>
    );
  return (
    <Badge variant={clock.state === 'breached' ? 'filled' : 'light'} color={STATE_COLORS[clock.state]}>
      {t(`sla.ticket.clockState.${clock.state}`)}
    </Badge>
  );
}

interface TicketSlaPanelProps {
  number: string;
  /** The ticket's version: a change to the ticket reads its clocks again. */
  version: number | string;
  areaName: (id: string) => string | null;
}

/**
 * The ticket's SLA: the policy it matched and each clock (first response, resolution, each area's answer) with its
 * state, due time, and the time used and left in the clock's own kind of time (working hours, plain time or legal days).
 * A reopened ticket lists each round's resolution clock, the later ones titled with their round.
 */
export function TicketSlaPanel({ number, version, areaName }: TicketSlaPanelProps) {
  const { t } = useTranslation();
  const sla = useTicketSla(number, version);
  const { timeZone, elsewhere } = useTimeZone();

  if (!sla.data) return <QueryState query={sla} />;
  const { policyName, policyVersion, clocks } = sla.data;
  if (!policyName && clocks.length === 0) return <Text c="dimmed">{t('sla.ticket.noPolicy')}</Text>;

  const title = (clock: SlaClock) => {
    const round = Number(clock.round);
    if (clock.kind !== 'ola')
      return round > 1 ? t('sla.ticket.round', { kind: t(`sla.ticket.kind.${clock.kind}`), round }) : t(`sla.ticket.kind.${clock.kind}`);
    const area = clock.areaId ? areaName(clock.areaId) : null;
    return area ? t('sla.ticket.olaOf', { area }) : t('sla.ticket.kind.ola');
  };

  return (
    <Stack gap="sm">
      {policyName ? (
        <Text size="sm">{t('sla.ticket.policy', { name: policyName, version: policyVersion ?? '' })}</Text>
      ) : null}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sla.ticket.label', { number })}>
        {clocks.map((clock) => {
          const days = clock.target.kind !== 'business_minutes';
          const remaining = Number(clock.remainingSeconds);
          const counting = clock.state === 'running' || clock.state === 'paused' || clock.state === 'breached';
          return (
            <Paper component="li" withBorder p="sm" key={clock.id}>
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fw={600}>{title(clock)}</Text>
                  <ClockStateBadge clock={clock} />
                </Group>
                <DefinitionList
                  items={[
                    {
                      term: clock.stoppedAt && !counting ? t('sla.ticket.stoppedAt') : t('sla.ticket.due'),
                      description:
                        clock.stoppedAt && !counting
                          ? formatDateTime(clock.stoppedAt, timeZone, { withOffset: elsewhere })
                          : clock.dueAt
                            ? formatDue(clock.dueAt, timeZone, { withOffset: elsewhere })
                            : clock.state === 'paused'
                              ? t('sla.ticket.pausedDue')
                              : t('sla.ticket.noDue'),
                    },
                    {
                      term: t('sla.ticket.used'),
                      description: `${formatDuration(Number(clock.elapsedSeconds), { days })} ${t(`sla.ticket.timeKind.${clock.target.kind}`)}`,
                    },
                    ...(counting
                      ? [
                          {
                            term: t('sla.ticket.remaining'),
                            description:
                              remaining >= 0
                                ? formatDuration(remaining, { days })
                                : t('sla.ticket.overdueBy', { time: formatDuration(remaining, { days }) }),
                          },
                        ]
                      : []),
                    { term: t('sla.ticket.target'), description: describeTarget(clock.target) },
                  ]}
                />
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
