import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Area, EscalationLeg } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { useTimeZone } from '@/lib/organisation';
import { formatDue } from '@/utils/format';

import { useEscalateTicket } from '../api/escalate-ticket';
import { useEscalationSuggestion } from '../api/get-escalation-suggestion';

interface EscalateFormProps {
  number: string;
  areas: readonly Area[];
  suggestedAreaId: string | null;
  /** What the route shows about the ticket's own due date, above the fields. */
  sla?: React.ReactNode;
  onDone: () => void;
  onEscalated?: (leg: EscalationLeg) => unknown;
}

/** After escalating: to which area, and when its answer is due. The "Listo" button takes the focus. */
function Escalated({ leg, areas, onDone }: { leg: EscalationLeg; areas: readonly Area[]; onDone: () => void }) {
  const { t } = useTranslation();
  const name = areas.find((a) => a.id === leg.areaId)?.name ?? t('common.none');
  const area = leg.toManager ? t('escalations.ticket.areaManager', { area: name }) : name;
  const { timeZone, elsewhere } = useTimeZone();
  return (
    <Stack>
      <Alert color="green" role="status" title={t('escalations.escalate.done', { area })}>
        <Text size="sm" fw={600}>
          {t('escalations.escalate.legDue', { date: formatDue(leg.dueAt, timeZone, { withOffset: elsewhere }) })}
        </Text>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onDone} autoFocus>
          {t('escalations.escalate.close')}
        </Button>
      </Group>
    </Stack>
  );
}

function EscalateForm({ number, areas, suggestedAreaId, sla, onDone, onEscalated }: EscalateFormProps) {
  const { t } = useTranslation();
  const active = areas.filter((a) => a.active);
  const [areaId, setAreaId] = useState(suggestedAreaId ?? active[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [escalated, setEscalated] = useState<EscalationLeg | null>(null);
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
        onSuccess: setEscalated,
        onError: (error) => {
          if (isApiError(error, 409)) setFailure(t('escalations.errors.conflict'));
          else if (isApiError(error, 422)) setFailure(Object.values(error.fieldErrors).join(' ') || t('escalations.errors.inactiveArea'));
          else setFailure(mutationErrorMessage(error, t('common.unexpectedError')));
        },
      },
    );
  };

  if (escalated) return <Escalated leg={escalated} areas={areas} onDone={onDone} />;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {sla}
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
  /** The ticket's due date, shown at the top of the dialog (the SLA is another feature; the route renders it). */
  renderSla?: () => React.ReactNode;
}

/**
 * "Escalar": a dialog with the ticket's due date, the matrix's suggested area preselected and the reason for the area;
 * once escalated, it says when the area's answer is due.
 */
export function EscalateButton({ number, areas, disabled, onEscalated, renderSla }: EscalateButtonProps) {
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
            sla={renderSla?.()}
            onDone={() => setOpened(false)}
            onEscalated={onEscalated}
          />
        )}
      </Modal>
    </>
  );
}
