import { describe, expect, it } from 'vitest';

import { OLA_MINUTES_MAX, hoursToMinutes } from './ola-hours';

describe('hoursToMinutes', () => {
  it.each([
    ['16', 960],
    ['1,5', 90],
    ['1.5', 90],
    [' 0.25 ', 15],
    ['.5', 30],
    ['0,33', 20],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(hoursToMinutes(text)).toBe(minutes);
  });

  it.each(['', 'abc', '-1', '0', '0,001', '1,5,0', '1e3', String(OLA_MINUTES_MAX / 60 + 1)])('refuses %j', (text) => {
    expect(hoursToMinutes(text)).toBeNull();
  });

  it('accepts the largest target the API takes', () => {
    expect(hoursToMinutes('1666,66')).toBe(100_000);
  });
});
