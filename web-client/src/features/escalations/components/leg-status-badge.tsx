import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { LegStatus } from '@/api/types';

const COLORS: Record<LegStatus, string> = {
  open: 'orange',
  answered: 'blue',
  accepted: 'green',
  rejected: 'red',
  cancelled: 'gray',
};

export function LegStatusBadge({ status }: { status: LegStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`escalations.status.${status}`)}
    </Badge>
  );
}
