import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';

import { contrastRatio, cssVariablesResolver, readableFilledColor, readableLightColor, theme } from './theme';

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

  it('gives white text 4.5:1 on every filled colour that gets white text, changing only those whose shade 8 is too light', () => {
    const light = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never).light;
    // Yellow and lime get black text from autoContrast (8:1 and more): darker would be worse.
    const blackText = ['yellow', 'lime'];
    for (const name of blackText) {
      expect(light[`--mantine-color-${name}-filled`], name).toBeUndefined();
      expect(contrastRatio('#000000', DEFAULT_THEME.colors[name]![8]), `black on ${name} filled`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [name, shades] of Object.entries(DEFAULT_THEME.colors).filter(([name]) => !blackText.includes(name))) {
      const filled = light[`--mantine-color-${name}-filled`] ?? shades[8];
      expect(contrastRatio('#ffffff', filled), `white on ${name} filled`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio('#ffffff', light[`--mantine-color-${name}-filled-hover`] ?? shades[9]), `white on ${name} filled hover`).toBeGreaterThanOrEqual(4.5);
    }
    expect(light['--mantine-color-green-filled']).toBe(readableFilledColor(DEFAULT_THEME.colors.green));
    expect(light['--mantine-color-blue-filled']).toBeUndefined();
  });

  it('writes field errors in a red that reads on white', () => {
    const light = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never).light;
    expect(light['--mantine-color-error']).toBe('var(--mantine-color-red-9)');
    expect(contrastRatio(DEFAULT_THEME.colors.red[9], '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
