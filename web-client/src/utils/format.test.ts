import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { formatDueInZone } from './format';

describe('formatDueInZone', () => {
  it('writes a due at midnight as the end of the day before, in the given zone', async () => {
    await i18n.changeLanguage('es');
    // 2026-12-18 00:00 in Bogotá (UTC-5): the 15th legal day was Thursday 17 December.
    expect(formatDueInZone('2026-12-18T05:00:00Z', 'America/Bogota')).toBe('jueves, 17 de diciembre de 2026, al final del día');
  });

  it('writes any other due with its time', async () => {
    await i18n.changeLanguage('es');
    const text = formatDueInZone('2026-11-27T16:00:00Z', 'America/Bogota');
    expect(text).toMatch(/^viernes, 27 de noviembre de 2026.*11:00/);
  });

  it('speaks English too', async () => {
    await i18n.changeLanguage('en');
    expect(formatDueInZone('2026-12-18T05:00:00Z', 'America/Bogota')).toBe('Thursday, December 17, 2026, end of day');
    await i18n.changeLanguage('es');
  });
});
