import { i18n } from '@/lib/i18n';

/**
 * A length of time in whole minutes, short: "3 h 20 min", "45 min", "2 d 5 h" (with days), "menos de 1 min".
 * The sign is ignored (the caller says "quedan" or "hace"). Without days, long spans stay in hours: business time
 * is counted in working hours, so "36 h" is clearer than a "day" of 24 working hours.
 */
export function formatDuration(seconds: number, { days = false }: { days?: boolean } = {}): string {
  const totalMinutes = Math.floor(Math.abs(seconds) / 60);
  if (totalMinutes < 1) return i18n.t('sla.duration.lessThanMinute');
  const d = days ? Math.floor(totalMinutes / 1440) : 0;
  const h = Math.floor((totalMinutes - d * 1440) / 60);
  const m = totalMinutes % 60;
  const part = (unit: 'days' | 'hours' | 'minutes', count: number) => i18n.t(`sla.duration.${unit}`, { count });
  if (d > 0) return h > 0 ? `${part('days', d)} ${part('hours', h)}` : part('days', d);
  if (h > 0) return m > 0 ? `${part('hours', h)} ${part('minutes', m)}` : part('hours', h);
  return part('minutes', m);
}

/** "quedan 3 h 20 min" before the due time, "vencido hace 2 h" after it (wall-clock time, days when long). */
export function formatTimeToDue(dueAt: string, now: number): string {
  const seconds = (Date.parse(dueAt) - now) / 1000;
  const time = formatDuration(seconds, { days: true });
  return seconds >= 0 ? i18n.t('sla.due.left', { time }) : i18n.t('sla.due.overdue', { time });
}
