import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Ticket } from '@/api/types';

import { requesterLine } from './ticket-overview';

interface IdentityPendingAlertProps {
  ticket: Ticket;
  /** The verification step (composed by the route from the customers feature). */
  children: React.ReactNode;
}

/**
 * A request from the web form or a partner named a customer on file without proving who sent it. Until a passed
 * identity verification is recorded on the ticket, answers go only to the address on file and the tracking page
 * shows no staff replies: the agent sees why, what the requester typed, and the verification step, before answering.
 */
export function IdentityPendingAlert({ ticket, children }: IdentityPendingAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" title={t('tickets.identityPending.title')} role="status">
      <Stack gap="sm">
        <Text size="sm">{t('tickets.identityPending.explain', { email: ticket.customer.email ?? t('tickets.identityPending.noEmail') })}</Text>
        {ticket.requester ? <Text size="sm">{t('tickets.identityPending.typed', { requester: requesterLine(ticket.requester) })}</Text> : null}
        {children}
      </Stack>
    </Alert>
  );
}
