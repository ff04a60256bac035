import type { ClockTarget, TargetKind } from '@/api/types';
import { TARGET_DAYS_MAX, TARGET_KINDS, TARGET_MINUTES_MAX } from '@/config/sla';
import { isOneOf } from '@/config/pqrs';
import { formatHours } from '@/utils/format';

/** A target as the policy form edits it: no kind means "no target"; minutes are typed as hours, days as days. */
export interface TargetFields {
  kind: TargetKind | '';
  amount: string;
  calendarId: string;
}

/** Kinds counted on a calendar (working time, or legal days without its holidays). */
export function usesCalendar(kind: TargetKind | ''): boolean {
  return kind === 'business_minutes' || kind === 'business_days';
}

export function isTargetKind(value: string): value is TargetKind {
  return isOneOf(TARGET_KINDS, value);
}

export function targetToFields(target: ClockTarget | null, defaultCalendarId: string): TargetFields {
  if (!target) return { kind: '', amount: '', calendarId: defaultCalendarId };
  const amount = Number(target.amount);
  return {
    kind: target.kind,
    amount: target.kind === 'business_days' ? String(amount) : formatHours(amount),
    calendarId: target.calendarId ?? defaultCalendarId,
  };
}

/**
 * The amount the API takes for the typed text: minutes from hours ("8", "1,5", "0.25", either decimal separator) for the
 * minute kinds, whole days for legal days; null when it is not a number within the API's bounds.
 */
export function parseAmount(kind: TargetKind, text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (kind === 'business_days') {
    if (!/^\d+$/.test(normalized)) return null;
    const days = Number(normalized);
    return days >= 1 && days <= TARGET_DAYS_MAX ? days : null;
  }
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(normalized)) return null;
  const minutes = Math.round(Number(normalized) * 60);
  return minutes >= 1 && minutes <= TARGET_MINUTES_MAX ? minutes : null;
}

/** The target to send; null for "no target". Call after validation (an unparsable amount is sent as 0, which the API refuses). */
export function fieldsToTarget(fields: TargetFields): ClockTarget | null {
  if (fields.kind === '') return null;
  return {
    kind: fields.kind,
    amount: parseAmount(fields.kind, fields.amount) ?? 0,
    calendarId: usesCalendar(fields.kind) ? fields.calendarId || null : null,
  };
}
