import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { CreatedApiKey as CreatedApiKeyModel } from '@/api/types';

interface CreatedApiKeyProps {
  created: CreatedApiKeyModel;
  onDone: () => void;
}

/** The secret, shown this one time, with a copy button. */
export function CreatedApiKey({ created, onDone }: CreatedApiKeyProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="yellow" role="alert" title={created.partnerName}>
        {t('apiKeys.createdWarning')}
      </Alert>
      <TextInput
        label={t('apiKeys.keyLabel')}
        value={created.key}
        readOnly
        data-autofocus
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group justify="space-between">
        <CopyButton value={created.key}>
          {({ copied, copy }) => (
            <Button variant="light" color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onDone}>{t('apiKeys.done')}</Button>
      </Group>
    </Stack>
  );
}
