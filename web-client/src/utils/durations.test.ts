import { describe, expect, it } from 'vitest';

import { setLanguage } from '@/lib/i18n';

import { formatDuration, formatTimeToDue } from './durations';

describe('formatDuration', () => {
  it.each([
    [0, {}, 'menos de 1 min'],
    [59, {}, 'menos de 1 min'],
    [60, {}, '1 min'],
    [3 * 3600 + 20 * 60 + 59, {}, '3 h 20 min'],
    [2 * 3600, {}, '2 h'],
    [-(2 * 3600 + 5 * 60), {}, '2 h 5 min'],
    [36 * 3600, {}, '36 h'],
    [36 * 3600, { days: true }, '1 d 12 h'],
    [2 * 86400 + 30 * 60, { days: true }, '2 d'],
  ])('%i s %j → %s', (seconds, options, text) => {
    expect(formatDuration(seconds, options)).toBe(text);
  });
});

describe('formatTimeToDue', () => {
  const now = Date.parse('2026-03-10T15:00:00Z');

  it('says the time left before the due time and the time overdue after it', () => {
    expect(formatTimeToDue('2026-03-10T18:20:00Z', now)).toBe('quedan 3 h 20 min');
    expect(formatTimeToDue('2026-03-10T13:00:00Z', now)).toBe('vencido hace 2 h');
  });

  it('in English too', async () => {
    await setLanguage('en');
    expect(formatTimeToDue('2026-03-10T18:20:00Z', now)).toBe('3 h 20 min left');
    expect(formatTimeToDue('2026-03-10T13:00:00Z', now)).toBe('overdue by 2 h');
  });
});
