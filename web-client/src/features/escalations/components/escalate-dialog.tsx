import { Alert, Button, Group, Modal, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Area, EscalationLeg } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useEscalateTicket } from '../api/escalate-ticket';
import { useEscalationSuggestion } from '../api/get-escalation-suggestion';

interface EscalateFormProps {
  number: string;
  areas: readonly Area[];
  suggestedAreaId: string | null;
  onDone: () => void;
  onEscalated?: (leg: EscalationLeg) => unknown;
}

function EscalateForm({ number, areas, suggestedAreaId, onDone, onEscalated }: EscalateFormProps) {
  const { t } = useTranslation();
  const active = areas.filter((a) => a.active);
  const [areaId, setAreaId] = useState(suggestedAreaId ?? active[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const escalate = useEscalateTicket(number, { onEscalated });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setReasonError(t('common.required'));
      return;
    }
    setReasonError(null);
    setFailure(null);
    escalate.mutate(
      { number, body: { areaId: areaId || null, reason } },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error, 409)) setFailure(t('escalations.errors.conflict'));
          else if (isApiError(error, 422)) setFailure(Object.values(error.fieldErrors).join(' ') || t('escalations.errors.inactiveArea'));
          else setFailure(mutationErrorMessage(error, t('common.unexpectedError')));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NativeSelect
          label={t('escalations.escalate.area')}
          description={suggestedAreaId ? t('escalations.escalate.suggested') : t('escalations.escalate.noSuggestion')}
          value={areaId}
          onChange={(event) => setAreaId(event.currentTarget.value)}
          data={active.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Textarea
          label={t('escalations.escalate.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={reasonError}
          autosize
          minRows={3}
          required
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={escalate.isPending}>
            {t('escalations.escalate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface EscalateButtonProps {
  number: string;
  areas: readonly Area[];
  disabled?: boolean;
  onEscalated?: (leg: EscalationLeg) => unknown;
}

/** "Escalar": a dialog with the matrix's suggested area preselected and the reason for the area. */
export function EscalateButton({ number, areas, disabled, onEscalated }: EscalateButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const suggestion = useEscalationSuggestion(number, opened);

  return (
    <>
      <Button variant="light" color="orange" onClick={() => setOpened(true)} disabled={disabled}>
        {t('escalations.escalate.open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('escalations.escalate.title', { number })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {suggestion.isPending ? null : (
          <EscalateForm
            number={number}
            areas={areas}
            suggestedAreaId={suggestion.data?.row?.areaId ?? null}
            onDone={() => setOpened(false)}
            onEscalated={onEscalated}
          />
        )}
      </Modal>
    </>
  );
}
