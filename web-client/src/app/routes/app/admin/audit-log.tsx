import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { AuditLogTable } from '@/features/audit-log/components/audit-log-table';

export default function AuditLogRoute() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('auditLog.title')} />
      <AuditLogTable />
    </Stack>
  );
}
