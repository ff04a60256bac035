import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useCustomerVerifications } from '../api/get-customer-verifications';

/** Identity verifications of the customer, passed and failed, newest first. */
export function VerificationsTable({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const verifications = useCustomerVerifications(customerId);

  if (!verifications.data) return <QueryState query={verifications} />;

  const entries = verifications.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed">{t('customers.verification.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('customers.verification.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('customers.verification.at')}</Table.Th>
              <Table.Th scope="col">{t('customers.verification.outcome')}</Table.Th>
              <Table.Th scope="col">{t('customers.verification.checks')}</Table.Th>
              <Table.Th scope="col">{t('customers.verification.channel')}</Table.Th>
              <Table.Th scope="col">{t('customers.verification.by')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Th scope="row" fw="normal" style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={entry.verifiedAt}>{formatDateTime(entry.verifiedAt, timeZone)}</time>
                </Table.Th>
                <Table.Td>
                  <Badge variant="light" color={entry.outcome === 'passed' ? 'green' : 'red'}>
                    {t(`enums.verificationOutcome.${entry.outcome}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{entry.checks.map((check) => t(`enums.verificationCheck.${check}`)).join(', ')}</Table.Td>
                <Table.Td>{t(`enums.channel.${entry.channel}`)}</Table.Td>
                <Table.Td>{entry.verifiedByEmail ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {verifications.hasNextPage ? (
        <Button
          variant="light"
          onClick={() => void verifications.fetchNextPage()}
          loading={verifications.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('common.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
