import { Alert, Button, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { TicketStatus } from '@/api/types';
import { MANUAL_STATUS_TARGETS } from '@/config/pqrs';

import { useChangeTicketStatus } from '../api/change-ticket-status';
import type { VersionedTicket } from '../api/get-ticket';

import { ticketChangeError } from './change-error';

interface StatusFormProps {
  versioned: VersionedTicket;
  onStale: () => void;
}

/** Moves the ticket to one of the states the lifecycle allows by hand from where it is. */
export function StatusForm({ versioned, onStale }: StatusFormProps) {
  const { t } = useTranslation();
  const { ticket, etag } = versioned;
  const targets = MANUAL_STATUS_TARGETS[ticket.status];
  const [target, setTarget] = useState<TicketStatus | ''>('');
  const [reason, setReason] = useState('');
  const [targetError, setTargetError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const change = useChangeTicketStatus(ticket.number, { onStale });

  if (targets.length === 0) return <Text c="dimmed">{t('tickets.status.none')}</Text>;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (target === '') {
      setTargetError(t('common.required'));
      return;
    }
    setTargetError(null);
    setFailure(null);
    change.mutate(
      { number: ticket.number, etag, body: { status: target, reason: reason.trim() || null } },
      {
        onSuccess: () => {
          setTarget('');
          setReason('');
        },
        onError: (error) => {
          const result = ticketChangeError(error, t);
          if (!result.stale) setFailure(result.message);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <NativeSelect
          label={t('tickets.status.target')}
          value={target}
          onChange={(event) => setTarget(targets.find((s) => s === event.currentTarget.value) ?? '')}
          error={targetError}
          data={[
            { value: '', label: t('tickets.status.choose') },
            ...targets.map((s) => ({ value: s, label: t(`enums.ticketStatus.${s}`) })),
          ]}
        />
        <TextInput label={t('tickets.status.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Button type="submit" variant="light" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('tickets.status.submit')}
        </Button>
      </Stack>
    </form>
  );
}
