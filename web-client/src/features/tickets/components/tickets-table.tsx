import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { SlaBadge } from '@/components/ui/sla-badge';
import { TicketStatusBadge } from '@/components/ui/ticket-status-badge';
import { paths } from '@/config/paths';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useTickets } from '../api/get-tickets';
import type { TicketFilter } from '../api/keys';

interface TicketsTableProps {
  filter: TicketFilter;
  caption: string;
  /** Hide the customer column (the customer 360 lists only that customer's tickets). */
  hideCustomer?: boolean;
}

/** A page of tickets with "load more" over the keyset cursor. Each number links to the ticket page. */
export function TicketsTable({ filter, caption, hideCustomer = false }: TicketsTableProps) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const tickets = useTickets(filter);

  if (!tickets.data) return <QueryState query={tickets} />;

  const rows = tickets.data.pages.flatMap((page) => page.items);
  if (rows.length === 0)
    return (
      <Text c="dimmed" role="status">
        {t('tickets.list.empty')}
      </Text>
    );

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={hideCustomer ? 900 : 1100}>
        <Table striped highlightOnHover aria-label={caption}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('tickets.fields.number')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.subject')}</Table.Th>
              {hideCustomer ? null : <Table.Th scope="col">{t('tickets.fields.customer')}</Table.Th>}
              <Table.Th scope="col">{t('tickets.fields.type')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.status')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.sla')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.priority')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.channel')}</Table.Th>
              <Table.Th scope="col">{t('tickets.fields.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((ticket) => (
              <Table.Tr key={ticket.id}>
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component={Link} to={paths.app.tickets.detail.getHref(ticket.number)} fw={600}>
                    {ticket.number}
                  </Anchor>
                </Table.Th>
                <Table.Td>{ticket.subject}</Table.Td>
                {hideCustomer ? null : (
                  <Table.Td>
                    {ticket.customerName}
                    <Text size="xs" c="dimmed">
                      {ticket.customerDocument}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>{ticket.type ? t(`enums.ticketType.${ticket.type}`) : t('common.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <TicketStatusBadge status={ticket.status} size="sm" />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {ticket.slaState ? <SlaBadge state={ticket.slaState} dueAt={ticket.slaDueAt} size="sm" /> : t('common.none')}
                </Table.Td>
                <Table.Td>
                  {ticket.priority === 'high' || ticket.priority === 'urgent' ? (
                    <Badge variant="light" color={ticket.priority === 'urgent' ? 'red' : 'orange'} size="sm">
                      {t(`enums.priority.${ticket.priority}`)}
                    </Badge>
                  ) : (
                    t(`enums.priority.${ticket.priority}`)
                  )}
                </Table.Td>
                <Table.Td>{t(`enums.channel.${ticket.channel}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={ticket.updatedAt}>{formatDateTime(ticket.updatedAt, timeZone)}</time>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {tickets.isFetchNextPageError ? <QueryError error={tickets.error} /> : null}
      {tickets.hasNextPage ? (
        <Button variant="light" onClick={() => void tickets.fetchNextPage()} loading={tickets.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Text c="dimmed" size="sm" ta="center">
          {t('tickets.list.end', { count: rows.length })}
        </Text>
      )}
    </Stack>
  );
}
