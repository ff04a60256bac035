import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import type { ApiKey } from '@/api/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
    <ConfirmDialog
      opened={apiKey !== null}
      title={t('apiKeys.revokeTitle')}
      message={apiKey ? t('apiKeys.revokeConfirm', { prefix: apiKey.keyPrefix, partner: apiKey.partnerName }) : ''}
      confirmLabel={t('apiKeys.revoke')}
      pending={revoke.isPending}
      error={revoke.isError ? mutationErrorMessage(revoke.error, t('common.unexpectedError')) : null}
      onConfirm={() => apiKey && revoke.mutate(apiKey.id)}
      onClose={close}
    />
  );
}
