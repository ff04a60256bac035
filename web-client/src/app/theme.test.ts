import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { contrastRatio, cssVariablesResolver, readableLightColor, theme } from './theme';

describe('theme contrast', () => {
  it('gives every "light" variant text 4.5:1 on its background and hover background', () => {
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors)) {
      const color = readableLightColor(shades);
      expect(contrastRatio(color, shades[1]), `${name} on shade 1`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(color, shades[2]), `${name} on shade 2`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps shade 9 where it already reads well, and overrides the CSS variable for every colour', () => {
    expect(readableLightColor(DEFAULT_THEME.colors.gray)).toBe(DEFAULT_THEME.colors.gray[9]);
    expect(readableLightColor(DEFAULT_THEME.colors.green)).not.toBe(DEFAULT_THEME.colors.green[9]);
    const light = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never).light;
    expect(light['--mantine-color-green-light-color']).toBe(readableLightColor(DEFAULT_THEME.colors.green));
  });
});
