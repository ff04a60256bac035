import { Badge, Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ApiKey } from '@/api/types';
import { useTimeZone } from '@/lib/organisation';
import { formatDate, formatDateTime } from '@/utils/format';

import { SCOPE_LABEL_KEYS, isScope } from './scopes';

interface ApiKeysTableProps {
  apiKeys: ApiKey[];
  onRevoke: (key: ApiKey) => void;
}

export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  if (apiKeys.length === 0) return <Text c="dimmed">{t('apiKeys.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('apiKeys.tableCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('apiKeys.partnerName')}</Table.Th>
            <Table.Th scope="col">{t('apiKeys.prefix')}</Table.Th>
            <Table.Th scope="col">{t('apiKeys.scopes')}</Table.Th>
            <Table.Th scope="col">{t('apiKeys.createdAt')}</Table.Th>
            <Table.Th scope="col">{t('apiKeys.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiKeys.map((key) => (
            <Table.Tr key={key.id}>
              <Table.Th scope="row" fw={500}>
                {key.partnerName}
              </Table.Th>
              <Table.Td>
                <Code>{key.keyPrefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {key.scopes.map((scope) => (
                    <Badge key={scope} variant="light" size="sm" title={isScope(scope) ? t(SCOPE_LABEL_KEYS[scope]) : undefined}>
                      {scope}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{formatDateTime(key.createdAt, timeZone)}</Table.Td>
              <Table.Td>
                {key.revokedAt ? (
                  <Badge color="gray" variant="light" size="sm">
                    {t('apiKeys.statusRevoked', { date: formatDate(key.revokedAt, timeZone) })}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light" size="sm">
                    {t('apiKeys.statusActive')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {key.revokedAt ? null : (
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    aria-label={t('apiKeys.revokeKey', { partner: key.partnerName })}
                    onClick={() => onRevoke(key)}
                  >
                    {t('apiKeys.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
