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
