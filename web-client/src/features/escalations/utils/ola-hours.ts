/** The API's bounds for a matrix row's OLA (olaMinutes between 1 and 100,000 business minutes). */
export const OLA_MINUTES_MAX = 100_000;

/**
 * Business hours as an admin types them ("16", "1,5", "1.5", "0.25") to whole minutes; null when it is not a number
 * of hours that gives between 1 and OLA_MINUTES_MAX minutes. Both decimal separators are accepted, whatever the language.
 */
export function hoursToMinutes(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(normalized)) return null;
  const minutes = Math.round(Number(normalized) * 60);
  return minutes >= 1 && minutes <= OLA_MINUTES_MAX ? minutes : null;
}
