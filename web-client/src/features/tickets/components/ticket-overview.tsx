import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { Ticket } from '@/api/types';
import { DefinitionList } from '@/components/ui/definition-list';
import { SlaBadge } from '@/components/ui/sla-badge';
import { TicketStatusBadge } from '@/components/ui/ticket-status-badge';
import { paths } from '@/config/paths';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

interface TicketOverviewProps {
  ticket: Ticket;
  /** "Área › Tema › Subtema", resolved by the route from the catalogue. */
  topic: string | null;
  /** Who the ticket is assigned to, in words (the API gives only an id). */
  assignee: string;
}

/** What the web form's submitter or the partner typed about the requester, on one line. */
export function requesterLine(requester: NonNullable<Ticket['requester']>) {
  return [requester.name, requester.email, requester.phone].filter(Boolean).join(' · ');
}

/** The ticket's header facts and the request itself (subject and description, shown as text). */
export function TicketOverview({ ticket, topic, assignee }: TicketOverviewProps) {
  const { t } = useTranslation();
  const requestId = useId();
  const none = t('common.none');
  // Detailed timestamps: with the zone's offset when the reader's browser is in another zone.
  const { timeZone, elsewhere } = useTimeZone();
  const at = (iso: string | null) => formatDateTime(iso, timeZone, { withOffset: elsewhere });

  return (
    <Stack gap="md">
      <Group gap="xs" wrap="wrap" aria-label={t('tickets.detail.badges')} role="group">
        <TicketStatusBadge status={ticket.status} size="lg" />
        <SlaBadge state={ticket.slaState} dueAt={ticket.slaDueAt} size="lg" withLabel />
        <Badge variant="outline" color="gray" size="lg">
          {ticket.type ? t(`enums.ticketType.${ticket.type}`) : t('common.none')}
        </Badge>
        <Badge variant="outline" color={ticket.priority === 'urgent' ? 'red' : ticket.priority === 'high' ? 'orange' : 'gray'} size="lg">
          {t('tickets.detail.priorityBadge', { priority: t(`enums.priority.${ticket.priority}`) })}
        </Badge>
        {ticket.resolvedAtFirstContact ? (
          <Badge variant="light" color="green" size="lg">
            {t('tickets.detail.firstContact')}
          </Badge>
        ) : null}
      </Group>

      <DefinitionList
        items={[
          {
            term: t('tickets.fields.customer'),
            description: (
              <>
                {ticket.customer.id ? (
                  <Anchor component={Link} to={paths.app.customers.detail.getHref(ticket.customer.id)}>
                    {ticket.customer.name}
                  </Anchor>
                ) : (
                  ticket.customer.name
                )}
                {` · ${ticket.customer.document}`}
                {ticket.customer.email ? ` · ${ticket.customer.email}` : ''}
              </>
            ),
          },
          ...(ticket.requester
            ? [{ term: t('tickets.fields.requester'), description: requesterLine(ticket.requester) }]
            : []),
          { term: t('tickets.fields.topic'), description: topic ?? t('tickets.detail.noTopic') },
          { term: t('tickets.fields.channel'), description: t(`enums.channel.${ticket.channel}`) },
          { term: t('tickets.fields.assignee'), description: assignee },
          { term: t('tickets.fields.createdAt'), description: at(ticket.createdAt) },
          { term: t('tickets.fields.updatedAt'), description: at(ticket.updatedAt) },
          { term: t('tickets.fields.firstResponseAt'), description: at(ticket.firstResponseAt) || none },
          {
            term: t('tickets.fields.resolution'),
            description: ticket.resolutionType
              ? `${t(`enums.resolutionType.${ticket.resolutionType}`)} · ${at(ticket.answeredAt)}`
              : none,
          },
        ]}
      />

      <Paper withBorder p="md" component="section" aria-labelledby={requestId}>
        <Title order={2} size="h4" id={requestId}>
          {ticket.subject}
        </Title>
        <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {ticket.description}
        </Text>
      </Paper>
    </Stack>
  );
}
