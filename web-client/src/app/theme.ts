import { DEFAULT_THEME, createTheme, darken, luminance, type CSSVariablesResolver } from '@mantine/core';

import { i18n } from '@/lib/i18n';

function closeButtonLabel() {
  return { closeButtonProps: { 'aria-label': i18n.t('common.close') } };
}

/**
 * Mantine's defaults with accessibility adjustments (WCAG 2.2 AA contrast, 4.5:1):
 * - filled buttons use shade 8 of the primary colour (white on blue.6 is only ~3.6:1);
 * - "dimmed" text uses gray.7 instead of gray.6;
 * - the "light" variant (status badges, light buttons) puts shade 9 text on shade 1 (shade 2 on hover), which is
 *   only ~3.8:1 for green and less for orange or yellow, so that text colour is darkened until it reaches 4.5:1
 *   on the hover background;
 * - filled buttons of other colours (green "Aceptar", …) use shade 8 too, which under white text is only ~3.4:1 for
 *   green and less for teal, cyan and orange: those are darkened until white reaches 4.5:1. Yellow and lime stay: they
 *   are light enough that `autoContrast` writes black on them (use it with those colours);
 * - field error messages use red.9 instead of red.6 (~3.3:1 on white).
 * Close buttons of dialogs and notifications are icons only; they get the accessible name "Cerrar"/"Close"
 * (in the language of the moment they render), which Mantine does not give them.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'sm',
  cursorType: 'pointer',
  components: {
    // A function, so Mantine (useProps) reads the label in the current language at each render.
    Modal: { defaultProps: closeButtonLabel },
    Notification: { defaultProps: closeButtonLabel },
  },
});

const MIN_CONTRAST = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Shade 9 of the colour, darkened in 5 % steps until it has 4.5:1 contrast on shade 2. */
export function readableLightColor(shades: readonly string[]): string {
  const background = shades[2] ?? '#ffffff';
  let color = shades[9] ?? '#000000';
  for (let amount = 0.05; contrastRatio(color, background) < MIN_CONTRAST && amount < 1; amount += 0.05) {
    color = darken(shades[9] ?? '#000000', amount);
  }
  return color;
}

/**
 * Shade 8 (the light scheme's filled shade), darkened in 5 % steps until white text on it has 4.5:1; unchanged for a
 * shade so light that `autoContrast` puts black text on it (darkening it would lower that contrast).
 */
export function readableFilledColor(shades: readonly string[]): string {
  const shade = shades[8] ?? '#000000';
  if (luminance(shade) > (DEFAULT_THEME.luminanceThreshold ?? 0.3)) return shade;
  let color = shade;
  for (let amount = 0.05; contrastRatio('#ffffff', color) < MIN_CONTRAST && amount < 1; amount += 0.05) {
    color = darken(shade, amount);
  }
  return color;
}

const lightColorVariables = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [`--mantine-color-${name}-light-color`, readableLightColor(shades)]),
);

// Only the colours whose shade 8 is too light change; their hover is a little darker still.
const filledColorVariables = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).flatMap(([name, shades]) => {
    const filled = readableFilledColor(shades);
    return filled === shades[8]
      ? []
      : [
          [`--mantine-color-${name}-filled`, filled],
          [`--mantine-color-${name}-filled-hover`, darken(filled, 0.1)],
        ];
  }),
);

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...lightColorVariables,
    ...filledColorVariables,
  },
  dark: {},
});
