import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Ticket } from '@/api/types';
import { TicketStatusBadge } from '@/components/ui/ticket-status-badge';
import { paths } from '@/config/paths';

interface CreatedTicketProps {
  ticket: Ticket;
  onNew: () => void;
}

/** The number, large, for the agent to read to the customer; focus moves here so it is announced. */
export function CreatedTicket({ ticket, onNew }: CreatedTicketProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <Paper withBorder p="lg" radius="md" bg="green.0">
      <Stack gap="sm" align="flex-start">
        <Title order={2} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {ticket.resolvedAtFirstContact ? t('tickets.created.titleResolved') : t('tickets.created.title')}
        </Title>
        <Text size="sm">{t('tickets.created.numberLabel')}</Text>
        <Text component="p" fz={40} fw={800} lh={1.1} ff="monospace" m={0} data-testid="created-ticket-number" style={{ overflowWrap: 'anywhere' }}>
          {ticket.number}
        </Text>
        <Group gap="xs">
          <TicketStatusBadge status={ticket.status} size="lg" />
          <Text size="sm">{ticket.type ? t(`enums.ticketType.${ticket.type}`) : null}</Text>
        </Group>
        <Text>
          {ticket.customer.email
            ? t('tickets.created.readToCustomer', { email: ticket.customer.email })
            : t('tickets.created.readToCustomerNoEmail')}
        </Text>
        <Group gap="sm">
          <Button component={Link} to={paths.app.tickets.detail.getHref(ticket.number)}>
            {t('tickets.created.open')}
          </Button>
          <Button variant="default" onClick={onNew}>
            {t('tickets.created.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
