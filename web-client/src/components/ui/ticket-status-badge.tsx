import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { TicketStatus } from '@/api/types';

const COLORS: Record<TicketStatus, string> = {
  new: 'blue',
  open: 'cyan',
  pending_customer: 'yellow',
  escalated: 'orange',
  answered: 'green',
  closed: 'gray',
  reopened: 'red',
};

/** A ticket's state as a badge with its Spanish (or English) name; the colour is decoration only. */
export function TicketStatusBadge({ status, size = 'md' }: { status: TicketStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} size={size}>
      {t(`enums.ticketStatus.${status}`)}
    </Badge>
  );
}
