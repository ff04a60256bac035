import { currentLanguage } from '@/lib/i18n';

/*
 * Every instant the SPA shows is written by this module, in the zone it is given: the organisation's, which
 * `useTimeZone()` (lib/organisation.ts) reads from GetOrganisationSettings. No function here falls back to the
 * browser's zone by itself, so an instant cannot be shown in the wrong zone by forgetting an argument.
 */

const LOCALES = { es: 'es-CO', en: 'en-US' } as const;

function locale(): string {
  return LOCALES[currentLanguage()];
}

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface InstantOptions {
  /** Add the zone's offset at that instant, e.g. "(GMT-5)": detailed timestamps, when the reader is in another zone. */
  withOffset?: boolean;
}

/** The zone this browser runs in; only used to tell whether the reader is elsewhere. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Whether this browser knows the IANA zone (a zone newer than its time-zone data would make Intl throw). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, e.g. "GMT-5" (the same words in both languages; DST moves it). */
export function zoneOffset(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

function write(date: Date, timeZone: string, style: Intl.DateTimeFormatOptions, { withOffset = false }: InstantOptions): string {
  const text = new Intl.DateTimeFormat(locale(), { ...style, timeZone }).format(date);
  return withOffset ? `${text} (${zoneOffset(timeZone, date)})` : text;
}

/** A date and time, e.g. "12/03/2026, 10:04 a. m." (es) or "Mar 12, 2026, 10:04 AM" (en). */
export function formatDateTime(iso: string | null | undefined, timeZone: string, options: InstantOptions = {}): string {
  if (!iso) return '';
  const date = parse(iso);
  return date ? write(date, timeZone, { dateStyle: 'medium', timeStyle: 'short' }, options) : iso;
}

/** The day of an instant, e.g. "12/03/2026" (the day in `timeZone`, which may not be the reader's day). */
export function formatDate(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '';
  const date = parse(iso);
  return date ? write(date, timeZone, { dateStyle: 'medium' }, {}) : iso;
}

/** A time of day, e.g. "3:04 p. m." (today's windows: contact-change allowed until …). */
export function formatTime(iso: string | null | undefined, timeZone: string, options: InstantOptions = {}): string {
  if (!iso) return '';
  const date = parse(iso);
  return date ? write(date, timeZone, { timeStyle: 'short' }, options) : iso;
}

const END_OF_DAY = { es: 'al final del día', en: 'end of day' } as const;

/**
 * A due instant written out in full, e.g. "martes, 31 de marzo de 2026, 11:59 p. m." — the date an agent reads to a
 * customer. Legal terms end at midnight, which reads as the wrong day ("viernes 18, 12:00 a. m." for a term that ends
 * with Thursday 17), so a midnight due is written as the end of the day before.
 */
export function formatDue(iso: string | null | undefined, timeZone: string, options: InstantOptions = {}): string {
  if (!iso) return '';
  const date = parse(iso);
  if (!date) return iso;
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone }).format(date);
  if (clock !== '00:00:00') return write(date, timeZone, { dateStyle: 'full', timeStyle: 'short' }, options);
  const dayBefore = write(new Date(date.getTime() - 1000), timeZone, { dateStyle: 'full' }, {});
  const text = `${dayBefore}, ${END_OF_DAY[currentLanguage()]}`;
  return options.withOffset ? `${text} (${zoneOffset(timeZone, date)})` : text;
}

/** Minutes as hours with at most two decimals in the reader's language, e.g. 960 → "16", 90 → "1,5" (es) or "1.5" (en). */
export function formatHours(minutes: number): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2, useGrouping: false }).format(minutes / 60);
}
