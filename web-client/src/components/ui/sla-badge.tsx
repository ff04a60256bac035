import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { TicketSlaState } from '@/api/types';
import { useNow } from '@/lib/use-now';
import { formatDuration, formatTimeToDue } from '@/utils/durations';

const COLORS: Record<TicketSlaState, string> = {
  running: 'teal',
  at_risk: 'orange',
  breached: 'red',
  paused: 'gray',
  met: 'green',
};

interface SlaBadgeProps {
  state: TicketSlaState | null;
  /** The nearest due time of the ticket's running clocks (null when paused or stopped). */
  dueAt: string | null;
  size?: 'sm' | 'md' | 'lg';
  /** Say "SLA:" first, where nothing around the badge says what it is about (the ticket's header). */
  withLabel?: boolean;
}

/**
 * A ticket's SLA as a badge: its state in words and, while a clock counts, the time left ("quedan 3 h 20 min") or
 * overdue ("vencido hace 2 h"), counted from the due time and refreshed on screen. The colour repeats what the words
 * say (never the only signal). A due time already past shows as overdue even if the breach check (every minute) has
 * not marked it yet. Nothing for a ticket without SLA.
 */
export function SlaBadge({ state, dueAt, size = 'md', withLabel = false }: SlaBadgeProps) {
  const { t } = useTranslation();
  const now = useNow();
  if (state === null) return null;

  const counting = dueAt !== null && (state === 'running' || state === 'at_risk' || state === 'breached');
  const overdue = counting && Date.parse(dueAt) <= now;
  const shown: TicketSlaState = overdue ? 'breached' : state;
  const text = !counting
    ? t(`sla.state.${state}`)
    : overdue
      ? t('sla.badge.overdue', { time: formatDuration((now - Date.parse(dueAt)) / 1000, { days: true }) })
      : `${t(`sla.state.${state}`)} · ${formatTimeToDue(dueAt, now)}`;

  return (
    <Badge variant={shown === 'breached' ? 'filled' : 'light'} color={COLORS[shown]} size={size} data-sla-state={shown}>
      {withLabel ? t('sla.badge.label', { text }) : text}
    </Badge>
  );
}
