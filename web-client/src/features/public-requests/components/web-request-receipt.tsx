import { Alert, Anchor, Button, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { WebRequestReceipt as Receipt } from '@/api/types';
import { trackingPathFromUrl } from '@/config/paths';

import type { FailedFile } from './web-request-form';

interface WebRequestReceiptProps {
  receipt: Receipt;
  email: string;
  failedFiles: FailedFile[];
  onAnother: () => void;
}

/** What the requester gets after sending: the number, large, and the tracking link. */
export function WebRequestReceipt({ receipt, email, failedFiles, onAnother }: WebRequestReceiptProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const trackingPath = trackingPathFromUrl(receipt.trackingUrl);

  return (
    <Stack gap="sm" align="flex-start">
      <Title order={2} ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        {t('public.receipt.title')}
      </Title>
      <Text size="sm">{t('public.receipt.numberLabel')}</Text>
      <Text component="p" fz={32} fw={800} lh={1.1} ff="monospace" m={0} data-testid="request-number" style={{ overflowWrap: 'anywhere' }}>
        {receipt.number}
      </Text>
      <Text>{t('public.receipt.emailed', { email })}</Text>
      {failedFiles.length > 0 ? (
        <Alert color="orange" title={t('public.files.notAttached')} w="100%">
          <List size="sm">
            {failedFiles.map((file) => (
              <List.Item key={file.name}>
                {file.name}: {file.reason}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('public.files.attachLater')}
          </Text>
        </Alert>
      ) : null}
      {trackingPath ? (
        <Anchor component={Link} to={trackingPath} fw={600}>
          {t('public.receipt.track')}
        </Anchor>
      ) : (
        <Anchor href={receipt.trackingUrl} fw={600}>
          {t('public.receipt.track')}
        </Anchor>
      )}
      <Button variant="default" onClick={onAnother}>
        {t('public.receipt.another')}
      </Button>
    </Stack>
  );
}
