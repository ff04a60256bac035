import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { SlaPolicy } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useRetirePolicy } from '../api/retire-policy';

interface RetirePolicyDialogProps {
  policy: SlaPolicy | null;
  onClose: () => void;
}

/** Asks before retiring a policy (Cancel has the focus); tickets that have it keep their clocks. */
export function RetirePolicyDialog({ policy, onClose }: RetirePolicyDialogProps) {
  const { t } = useTranslation();
  const retire = useRetirePolicy({
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('sla.policies.retiredToast') });
      close();
    },
  });

  function close() {
    retire.reset();
    onClose();
  }

  return (
    <Modal opened={policy !== null} onClose={close} title={t('sla.policies.retireTitle')} centered>
      {policy ? (
        <Stack>
          <Text>{t('sla.policies.retireConfirm', { name: policy.name })}</Text>
          {retire.isError ? (
            <Alert color="red" role="alert">
              {isApiError(retire.error, 404) ? t('sla.policies.gone') : mutationErrorMessage(retire.error, t('common.unexpectedError'))}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={retire.isPending} onClick={() => retire.mutate(policy.id)}>
              {t('sla.policies.retireShort')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
