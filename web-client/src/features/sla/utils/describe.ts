import type { ClockTarget, PolicyConditions } from '@/api/types';
import { i18n } from '@/lib/i18n';
import { formatHours } from '@/utils/format';

/**
 * "8 h hábiles · Centro de contacto", "4 h corridas", "15 días hábiles legales · Días hábiles legales", or "Sin meta".
 * Without `calendarName`, the calendar is left out.
 */
export function describeTarget(target: ClockTarget | null, calendarName?: (id: string) => string | null): string {
  if (!target) return i18n.t('sla.target.none');
  const amount = Number(target.amount);
  const text =
    target.kind === 'business_days'
      ? i18n.t('sla.target.business_days', { count: amount })
      : i18n.t(`sla.target.${target.kind}`, { amount: formatHours(amount) });
  if (target.kind === 'calendar_minutes' || !target.calendarId || !calendarName) return text;
  return i18n.t('sla.target.onCalendar', { target: text, calendar: calendarName(target.calendarId) ?? i18n.t('sla.policies.unknownCalendar') });
}

/** The conditions in a line, e.g. "Tipo: Petición, Queja · Prioridad: Urgente"; "Todos los casos" when none is set. */
export function describeConditions(conditions: PolicyConditions, topicName: (id: string) => string): string {
  const list = (values: readonly string[]) => values.join(', ');
  const parts: string[] = [];
  if (conditions.ticketTypes?.length)
    parts.push(i18n.t('sla.policies.summary.types', { list: list(conditions.ticketTypes.flatMap((v) => (v ? [i18n.t(`enums.ticketType.${v}`)] : []))) }));
  if (conditions.topicIds?.length) parts.push(i18n.t('sla.policies.summary.topics', { list: list(conditions.topicIds.map(topicName)) }));
  if (conditions.priorities?.length)
    parts.push(i18n.t('sla.policies.summary.priorities', { list: list(conditions.priorities.map((v) => i18n.t(`enums.priority.${v}`))) }));
  if (conditions.channels?.length)
    parts.push(i18n.t('sla.policies.summary.channels', { list: list(conditions.channels.map((v) => i18n.t(`enums.channel.${v}`))) }));
  if (conditions.segments?.length) parts.push(i18n.t('sla.policies.summary.segments', { list: list(conditions.segments) }));
  return parts.length > 0 ? parts.join(' · ') : i18n.t('sla.policies.anyCase');
}
