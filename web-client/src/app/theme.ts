import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults with two accessibility adjustments (WCAG 2.2 AA contrast, 4.5:1):
 * filled buttons use shade 8 of the primary colour (white on blue.6 is only ~3.6:1), and
 * "dimmed" text uses gray.7 instead of gray.6.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});
