import { Button, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiKey, CreatedApiKey as CreatedApiKeyModel } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useApiKeys } from '@/features/api-keys/api/get-api-keys';
import { ApiKeysTable } from '@/features/api-keys/components/api-keys-table';
import { CreateApiKeyForm } from '@/features/api-keys/components/create-api-key-form';
import { CreatedApiKey } from '@/features/api-keys/components/created-api-key';
import { RevokeApiKeyDialog } from '@/features/api-keys/components/revoke-api-key-dialog';

export default function ApiKeysRoute() {
  const { t } = useTranslation();
  const apiKeys = useApiKeys();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  // The secret lives only here, only until the dialog that shows it is closed.
  const [created, setCreated] = useState<CreatedApiKeyModel | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <Stack>
      <PageHeader title={t('apiKeys.title')} actions={<Button onClick={openCreate}>{t('apiKeys.new')}</Button>} />
      <QueryState query={apiKeys}>
        {(keys) => (
          <ApiKeysTable apiKeys={keys} onRevoke={setRevoking} />
        )}
      </QueryState>

      <Modal opened={creating} onClose={closeCreate} title={t('apiKeys.createTitle')}>
        <CreateApiKeyForm
          onCreated={(key) => {
            closeCreate();
            setCreated(key);
          }}
          onCancel={closeCreate}
        />
      </Modal>
      <Modal
        opened={created !== null}
        onClose={() => setCreated(null)}
        title={t('apiKeys.createdTitle')}
        closeOnClickOutside={false}
        size="lg"
      >
        {created ? <CreatedApiKey created={created} onDone={() => setCreated(null)} /> : null}
      </Modal>
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
