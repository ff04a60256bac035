import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { EscalationMatrixRow } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useDeleteMatrixRow } from '../api/delete-matrix-row';

interface DeleteMatrixRowDialogProps {
  row: EscalationMatrixRow | null;
  topicName: (id: string) => string;
  onClose: () => void;
}

/** Asks before removing a matrix row; escalations already open keep their area and OLA. */
export function DeleteMatrixRowDialog({ row, topicName, onClose }: DeleteMatrixRowDialogProps) {
  const { t } = useTranslation();
  const remove = useDeleteMatrixRow({
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('escalations.matrix.deletedToast') });
      close();
    },
  });

  function close() {
    remove.reset();
    onClose();
  }

  const typeLabel = row?.ticketType ? t(`enums.ticketType.${row.ticketType}`) : t('escalations.matrix.anyType');
  return (
    <Modal opened={row !== null} onClose={close} title={t('escalations.matrix.deleteTitle')} centered>
      {row ? (
        <Stack>
          <Text>{t('escalations.matrix.deleteConfirm', { row: t('escalations.matrix.rowName', { topic: topicName(row.topicId), type: typeLabel }) })}</Text>
          {remove.isError ? (
            <Alert color="red" role="alert">
              {isApiError(remove.error, 404) ? t('escalations.matrix.gone') : mutationErrorMessage(remove.error, t('common.unexpectedError'))}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(row.id)}>
              {t('escalations.matrix.deleteShort')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
