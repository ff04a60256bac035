import { currentLanguage } from '@/lib/i18n';

const LOCALES = { es: 'es-CO', en: 'en-US' } as const;

function locale(): string {
  return LOCALES[currentLanguage()];
}

/** A date and time in the reader's time zone, e.g. "12 mar 2026, 3:04 p. m.". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A date and time in a given IANA zone, written out in full, e.g. "martes, 31 de marzo de 2026, 11:59 p. m." — the
 * promised date an agent reads to a customer (in the calendar's zone, whatever the agent's computer says).
 */
export function formatDateTimeInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeStyle: 'short', timeZone }).format(date);
}

const END_OF_DAY = { es: 'al final del día', en: 'end of day' } as const;

/**
 * A due instant in a given IANA zone. Legal terms end at midnight, which reads as the wrong day ("viernes 18, 12:00
 * a. m." for a term that ends with Thursday 17), so a midnight due is written as the end of the day before.
 */
export function formatDueInZone(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  if (clock !== '00:00:00') return formatDateTimeInZone(iso, timeZone);
  const dayBefore = new Date(date.getTime() - 1000);
  return `${new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone }).format(dayBefore)}, ${END_OF_DAY[currentLanguage()]}`;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}

/** A time of day, e.g. "3:04 p. m." (today's windows: contact-change allowed until …). */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(date);
}

/** Minutes as hours with at most two decimals in the reader's language, e.g. 960 → "16", 90 → "1,5" (es) or "1.5" (en). */
export function formatHours(minutes: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
}
