import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useTimeZone } from '@/lib/organisation';
import { formatDue } from '@/utils/format';

import { useTicketSla } from '../api/get-ticket-sla';

/** One line for the escalate dialog: when the ticket's resolution is due (the area's answer must come before it). */
export function ResolutionDue({ number, version }: { number: string; version: number | string }) {
  const { t } = useTranslation();
  const sla = useTicketSla(number, version);
  const { timeZone, elsewhere } = useTimeZone();
  if (sla.isPending || sla.isError) return null;

  // The current round's: a reopened ticket keeps the stopped clocks of its earlier rounds.
  const resolution = sla.data.clocks
    .filter((c) => c.kind === 'resolution' && c.state !== 'cancelled')
    .sort((a, b) => Number(b.round) - Number(a.round))[0];
  const text = !resolution
    ? t('sla.escalate.noResolution')
    : resolution.dueAt && resolution.state !== 'paused'
      ? t('sla.escalate.resolutionDue', { date: formatDue(resolution.dueAt, timeZone, { withOffset: elsewhere }) })
      : resolution.state === 'paused'
        ? t('sla.escalate.resolutionPaused')
        : t('sla.ticket.noDue');
  return (
    <Text size="sm" fw={resolution?.dueAt ? 600 : undefined} data-testid="resolution-due">
      {text}
    </Text>
  );
}
