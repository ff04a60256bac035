import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { WebRequestReceipt as Receipt } from '@/api/types';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageHeader } from '@/components/ui/page-header';
import { WebRequestForm, type FailedFile } from '@/features/public-requests/components/web-request-form';
import { WebRequestReceipt } from '@/features/public-requests/components/web-request-receipt';

/** The public web form (no login): file a PQRS and get the number and the tracking link. */
export default function WebRequestRoute() {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState<{ receipt: Receipt; email: string; failedFiles: FailedFile[] } | null>(null);
  const [round, setRound] = useState(0);

  return (
    <AuthLayout size={640}>
      <PageHeader title={t('public.form.title')} />
      {receipt ? (
        <WebRequestReceipt
          receipt={receipt.receipt}
          email={receipt.email}
          failedFiles={receipt.failedFiles}
          onAnother={() => {
            setReceipt(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <>
          <Text mb="md" mt={-8}>
            {t('public.form.intro')}
          </Text>
          <WebRequestForm key={round} onSubmitted={(r, email, failedFiles) => setReceipt({ receipt: r, email, failedFiles })} />
        </>
      )}
    </AuthLayout>
  );
}
