import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import type { ApiKey } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useRevokeApiKey } from '../api/revoke-api-key';

interface RevokeApiKeyDialogProps {
  apiKey: ApiKey | null;
  onClose: () => void;
}

/** Asks before revoking: the partner's integration stops working at once. */
export function RevokeApiKeyDialog({ apiKey, onClose }: RevokeApiKeyDialogProps) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey({
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('apiKeys.revokedToast') });
      close();
    },
  });

  function close() {
    revoke.reset();
    onClose();
  }

  return (
    <Modal opened={apiKey !== null} onClose={close} title={t('apiKeys.revokeTitle')} centered>
      {apiKey ? (
        <Stack>
          <Text>{t('apiKeys.revokeConfirm', { prefix: apiKey.keyPrefix, partner: apiKey.partnerName })}</Text>
          {revoke.isError ? (
            <Alert color="red" role="alert">
              {mutationErrorMessage(revoke.error, t('common.unexpectedError'))}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(apiKey.id)}>
              {t('apiKeys.revoke')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
