import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { SlaPolicy } from '@/api/types';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useRetirePolicy } from '../api/retire-policy';

interface RetirePolicyDialogProps {
  policy: SlaPolicy | null;
  onClose: () => void;
}

/** Asks before retiring a policy; tickets that have it keep their clocks. */
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
    <ConfirmDialog
      opened={policy !== null}
      title={t('sla.policies.retireTitle')}
      message={policy ? t('sla.policies.retireConfirm', { name: policy.name }) : ''}
      confirmLabel={t('sla.policies.retireShort')}
      pending={retire.isPending}
      error={
        retire.isError
          ? isApiError(retire.error, 404)
            ? t('sla.policies.gone')
            : mutationErrorMessage(retire.error, t('common.unexpectedError'))
          : null
      }
      onConfirm={() => policy && retire.mutate(policy.id)}
      onClose={close}
    />
  );
}
