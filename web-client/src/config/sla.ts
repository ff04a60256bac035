import type { ClockKind, ClockState, TargetKind, Weekday } from '@/api/types';

/** The days of a calendar's week, Monday first (the API's names). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const satisfies readonly Weekday[];

/**
 * How a target is counted: working minutes on a calendar, plain (calendar) minutes, or legal business days
 * (Mon–Fri except the calendar's holidays). The screens type minutes as hours.
 */
export const TARGET_KINDS = ['business_minutes', 'calendar_minutes', 'business_days'] as const satisfies readonly TargetKind[];

export const CLOCK_KINDS = ['first_response', 'resolution', 'ola'] as const satisfies readonly ClockKind[];
export const CLOCK_STATES = ['running', 'paused', 'met', 'breached', 'cancelled'] as const satisfies readonly ClockState[];

/** The API's bounds for a target's amount: minutes (1 to a year) or legal days (1 to 365). */
export const TARGET_MINUTES_MAX = 525_600;
export const TARGET_DAYS_MAX = 365;

/** The warning threshold a new policy starts with (percent of the target used). */
export const DEFAULT_WARNING_PERCENT = 75;
