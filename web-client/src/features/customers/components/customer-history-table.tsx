import { Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useCustomerHistory } from '../api/get-customer-history';

/** Every change to the customer's data with the previous value, newest first. */
export function CustomerHistoryTable({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const history = useCustomerHistory(customerId);

  if (!history.data) return <QueryState query={history} />;

  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed">{t('customers.history.empty')}</Text>;
  const none = t('common.none');

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('customers.history.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('customers.history.changedAt')}</Table.Th>
              <Table.Th scope="col">{t('customers.history.field')}</Table.Th>
              <Table.Th scope="col">{t('customers.history.oldValue')}</Table.Th>
              <Table.Th scope="col">{t('customers.history.newValue')}</Table.Th>
              <Table.Th scope="col">{t('customers.history.changedBy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt, timeZone)}</time>
                </Table.Td>
                <Table.Th scope="row" fw={500}>
                  {t(`enums.customerField.${entry.field}`)}
                </Table.Th>
                <Table.Td>{entry.oldValue ?? none}</Table.Td>
                <Table.Td>{entry.newValue ?? none}</Table.Td>
                <Table.Td>{entry.changedByEmail ?? none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {history.isFetchNextPageError ? <QueryError error={history.error} /> : null}
      {history.hasNextPage ? (
        <Button variant="light" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
