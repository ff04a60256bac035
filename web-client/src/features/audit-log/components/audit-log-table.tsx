import { Button, Code, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { QueryError } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useAuditLog } from '../api/get-audit-log';

/** The security audit trail, newest first, with "load more" over the keyset cursor. */
export function AuditLogTable() {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const log = useAuditLog();

  if (!log.data) return <QueryState query={log} />;

  const entries = log.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <Text c="dimmed">{t('auditLog.empty')}</Text>;

  return (
    <Stack>
      <Table.ScrollContainer minWidth={900}>
        <Table striped aria-label={t('auditLog.tableCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('auditLog.occurredAt')}</Table.Th>
              <Table.Th scope="col">{t('auditLog.eventType')}</Table.Th>
              <Table.Th scope="col">{t('auditLog.actor')}</Table.Th>
              <Table.Th scope="col">{t('auditLog.subject')}</Table.Th>
              <Table.Th scope="col">{t('auditLog.sourceIp')}</Table.Th>
              <Table.Th scope="col">{t('auditLog.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, timeZone)}</time>
                </Table.Td>
                <Table.Td>
                  <Code>{entry.eventType}</Code>
                </Table.Td>
                <Table.Td>{entry.actorEmail ?? entry.actorUserId ?? t('auditLog.system')}</Table.Td>
                <Table.Td>{entry.subject ?? t('common.none')}</Table.Td>
                <Table.Td>{entry.sourceIp ?? t('common.none')}</Table.Td>
                <Table.Td>{entry.details ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {log.isFetchNextPageError ? <QueryError error={log.error} /> : null}
      {log.hasNextPage ? (
        <Button variant="light" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} style={{ alignSelf: 'center' }}>
          {t('auditLog.loadMore')}
        </Button>
      ) : (
        <Text c="dimmed" size="sm" ta="center" role="status">
          {t('auditLog.end')}
        </Text>
      )}
    </Stack>
  );
}
