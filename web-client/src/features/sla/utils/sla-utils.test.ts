import { describe, expect, it } from 'vitest';

import type { WorkPeriod } from '@/api/types';

import { fieldsToTarget, parseAmount, targetToFields } from './target';
import { fieldsToWeek, periodError, summarizeWeek, weekToFields } from './week';

describe('parseAmount', () => {
  it.each([
    ['business_minutes', '8', 480],
    ['calendar_minutes', '1,5', 90],
    ['business_minutes', ' 0.25 ', 15],
    ['business_minutes', '8760', 525_600],
    ['business_days', '15', 15],
    ['business_days', '365', 365],
  ] as const)('reads %s %j as %i', (kind, text, amount) => {
    expect(parseAmount(kind, text)).toBe(amount);
  });

  it.each([
    ['business_minutes', ''],
    ['business_minutes', '0'],
    ['business_minutes', '-1'],
    ['business_minutes', '8760,5'],
    ['calendar_minutes', '1e3'],
    ['business_days', '1,5'],
    ['business_days', '0'],
    ['business_days', '366'],
  ] as const)('refuses %s %j', (kind, text) => {
    expect(parseAmount(kind, text)).toBeNull();
  });
});

describe('targets in the form', () => {
  it('round-trips a target and drops the calendar of plain (calendar) hours', () => {
    const fields = targetToFields({ kind: 'business_minutes', amount: 90, calendarId: 'cal' }, 'default');
    expect(fields).toEqual({ kind: 'business_minutes', amount: '1,5', calendarId: 'cal' });
    expect(fieldsToTarget(fields)).toEqual({ kind: 'business_minutes', amount: 90, calendarId: 'cal' });
    expect(fieldsToTarget({ ...fields, kind: 'calendar_minutes' })).toEqual({ kind: 'calendar_minutes', amount: 90, calendarId: null });
    expect(fieldsToTarget({ kind: '', amount: '', calendarId: 'cal' })).toBeNull();
    expect(targetToFields(null, 'default')).toEqual({ kind: '', amount: '', calendarId: 'default' });
  });
});

describe('week', () => {
  const week: WorkPeriod[] = [
    { day: 'saturday', start: '08:00', end: '13:00' },
    ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, start: '07:00', end: '19:00' })),
  ];
  const short = (day: string) => day.slice(0, 3);

  it('checks a period: HH:mm, 24:00 as the end of the day, start before end', () => {
    expect(periodError({ start: '00:00', end: '24:00' })).toBeNull();
    expect(periodError({ start: '7:00', end: '12:00' })).toBe('time');
    expect(periodError({ start: '08:00', end: '24:01' })).toBe('time');
    expect(periodError({ start: '12:00', end: '12:00' })).toBe('order');
  });

  it('goes to the form and back in day order', () => {
    expect(fieldsToWeek(weekToFields(week)).map((p) => p.day)).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
  });

  it('sums up runs of days with the same hours', () => {
    expect(summarizeWeek(week, short)).toBe('mon–fri 07:00–19:00 · sat 08:00–13:00');
    const split: WorkPeriod[] = [
      { day: 'monday', start: '13:00', end: '17:00' },
      { day: 'monday', start: '08:00', end: '12:00' },
      { day: 'wednesday', start: '08:00', end: '12:00' },
    ];
    expect(summarizeWeek(split, short)).toBe('mon 08:00–12:00, 13:00–17:00 · wed 08:00–12:00');
    expect(summarizeWeek([], short)).toBe('');
  });
});
