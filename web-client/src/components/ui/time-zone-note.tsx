import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useTimeZone } from '@/lib/organisation';
import { zoneOffset } from '@/utils/format';

/**
 * "Horas en America/Bogota (GMT-5)": the one statement per page of the zone its instants are shown in, only when the
 * reader's browser is in another zone (otherwise the times are simply the reader's own and nothing is said).
 */
export function TimeZoneNote(props: Omit<TextProps, 'children'>) {
  const { t } = useTranslation();
  const { timeZone, elsewhere } = useTimeZone();
  if (!elsewhere) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="time-zone-note" {...props}>
      {t('app.timeZoneNote', { zone: timeZone, offset: zoneOffset(timeZone) })}
    </Text>
  );
}
