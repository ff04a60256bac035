import type { Weekday, WorkPeriod } from '@/api/types';
import { WEEKDAYS } from '@/config/sla';

export interface PeriodFields {
  start: string;
  end: string;
}

/** A calendar's week as the form edits it: the periods of each day, Monday first. */
export type WeekFields = Record<Weekday, PeriodFields[]>;

/** "HH:mm" from 00:00 to 23:59, or 24:00 (the end of the day). */
export function isTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text) || text === '24:00';
}

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Why a period is not one ("HH:mm", start before end); null when it is. Overlaps are the API's to find (422 on week). */
export function periodError(period: PeriodFields): 'time' | 'order' | null {
  if (!isTime(period.start) || !isTime(period.end)) return 'time';
  return minutesOf(period.start) < minutesOf(period.end) ? null : 'order';
}

export function weekToFields(week: readonly WorkPeriod[]): WeekFields {
  const fields = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as PeriodFields[]])) as WeekFields;
  for (const period of week) fields[period.day].push({ start: period.start, end: period.end });
  for (const day of WEEKDAYS) fields[day].sort((a, b) => a.start.localeCompare(b.start));
  return fields;
}

export function fieldsToWeek(fields: WeekFields): WorkPeriod[] {
  return WEEKDAYS.flatMap((day) => fields[day].map((p) => ({ day, start: p.start.trim(), end: p.end.trim() })));
}

/**
 * The week in a few words: consecutive days with the same periods together, e.g. "lun–vie 07:00–19:00 · sáb 08:00–13:00".
 * `dayName` gives a day's short name.
 */
export function summarizeWeek(week: readonly WorkPeriod[], dayName: (day: Weekday) => string): string {
  const fields = weekToFields(week);
  const hours = (day: Weekday) => fields[day].map((p) => `${p.start}–${p.end}`).join(', ');
  const groups: { from: Weekday; to: Weekday; hours: string }[] = [];
  for (const day of WEEKDAYS) {
    const text = hours(day);
    const last = groups[groups.length - 1];
    if (text === '') continue;
    if (last && last.hours === text && WEEKDAYS.indexOf(last.to) === WEEKDAYS.indexOf(day) - 1) last.to = day;
    else groups.push({ from: day, to: day, hours: text });
  }
  return groups.map((g) => `${g.from === g.to ? dayName(g.from) : `${dayName(g.from)}–${dayName(g.to)}`} ${g.hours}`).join(' · ');
}
