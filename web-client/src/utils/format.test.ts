import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { browserTimeZone, formatDate, formatDateTime, formatDue, formatTime, isKnownTimeZone, zoneOffset } from './format';

beforeEach(async () => {
  await i18n.changeLanguage('es');
});

afterEach(async () => {
  await i18n.changeLanguage('es');
});

describe('formatDateTime, formatDate and formatTime', () => {
  it('write the instant in the zone they are given, not the browser’s', () => {
    // The tests' browser is in Tokyo (vite.config.ts): 13:00 UTC is 22:00 there and 08:00 in Bogotá.
    expect(browserTimeZone()).toBe('Asia/Tokyo');
    expect(formatDateTime('2026-03-01T13:00:00Z', 'America/Bogota')).toMatch(/^1\/03\/2026, 8:00\sa\.\sm\.$/);
    expect(formatTime('2026-03-01T13:00:00Z', 'America/Bogota')).toMatch(/^8:00\sa\.\sm\.$/);
    expect(formatDateTime('2026-03-01T13:00:00Z', 'Asia/Tokyo')).toMatch(/^1\/03\/2026, 10:00\sp\.\sm\.$/);
  });

  it('take the day from the given zone (late evening in Bogotá is the next day in Tokyo)', () => {
    expect(formatDate('2026-03-10T04:00:00Z', 'America/Bogota')).toBe('9/03/2026');
    expect(formatDate('2026-03-10T04:00:00Z', 'Asia/Tokyo')).toBe('10/03/2026');
  });

  it('add the zone’s offset at that instant when asked, daylight saving included', () => {
    expect(formatDateTime('2026-03-01T13:00:00Z', 'America/Bogota', { withOffset: true })).toMatch(/^1\/03\/2026, 8:00\sa\.\sm\. \(GMT-5\)$/);
    expect(formatTime('2026-01-15T15:00:00Z', 'America/New_York', { withOffset: true })).toMatch(/\(GMT-5\)$/);
    expect(formatTime('2026-07-15T15:00:00Z', 'America/New_York', { withOffset: true })).toMatch(/\(GMT-4\)$/);
  });

  it('speak English too', async () => {
    await i18n.changeLanguage('en');
    expect(formatDateTime('2026-03-01T13:00:00Z', 'America/Bogota', { withOffset: true })).toMatch(/^Mar 1, 2026, 8:00\sAM \(GMT-5\)$/);
  });

  it('write nothing for no instant, and an unreadable one as it came', () => {
    expect(formatDateTime(null, 'America/Bogota')).toBe('');
    expect(formatDate(undefined, 'America/Bogota')).toBe('');
    expect(formatDateTime('not a date', 'America/Bogota')).toBe('not a date');
  });
});

describe('formatDue', () => {
  it('writes a due at midnight as the end of the day before, in the given zone', () => {
    // 2026-12-18 00:00 in Bogotá (UTC-5): the 15th legal day was Thursday 17 December.
    expect(formatDue('2026-12-18T05:00:00Z', 'America/Bogota')).toBe('jueves, 17 de diciembre de 2026, al final del día');
    expect(formatDue('2026-12-18T05:00:00Z', 'America/Bogota', { withOffset: true })).toBe('jueves, 17 de diciembre de 2026, al final del día (GMT-5)');
  });

  it('writes any other due with its time', () => {
    const text = formatDue('2026-11-27T16:00:00Z', 'America/Bogota');
    expect(text).toMatch(/^viernes, 27 de noviembre de 2026.*11:00/);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    expect(formatDue('2026-12-18T05:00:00Z', 'America/Bogota')).toBe('Thursday, December 17, 2026, end of day');
  });
});

describe('zones', () => {
  it('names a zone’s offset the same way in both languages', async () => {
    expect(zoneOffset('America/Bogota')).toBe('GMT-5');
    expect(zoneOffset('Asia/Tokyo')).toBe('GMT+9');
    await i18n.changeLanguage('en');
    expect(zoneOffset('America/Bogota')).toBe('GMT-5');
  });

  it('tells a zone this browser knows from one it does not', () => {
    expect(isKnownTimeZone('America/Bogota')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
