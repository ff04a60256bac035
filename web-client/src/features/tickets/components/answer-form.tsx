import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ResolutionType } from '@/api/types';
import { ANSWERABLE_STATUSES, RESOLUTION_TYPES, isOneOf } from '@/config/pqrs';

import { useAnswerTicket } from '../api/answer-ticket';
import type { VersionedTicket } from '../api/get-ticket';

import { ticketChangeError } from './change-error';

interface AnswerFormProps {
  versioned: VersionedTicket;
  onStale: () => void;
  /** A draft to start from (the accepted area answer), editable before it is sent. */
  initialBody?: string;
}

/** The final answer: emailed to the customer with its resolution type; the ticket becomes answered. */
export function AnswerForm({ versioned, onStale, initialBody = '' }: AnswerFormProps) {
  const { t } = useTranslation();
  const { ticket, etag } = versioned;
  const [body, setBody] = useState(initialBody);
  const [resolutionType, setResolutionType] = useState<ResolutionType | ''>('');
  const [errors, setErrors] = useState<{ body?: string; resolutionType?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const answer = useAnswerTicket(ticket.number, { onStale });

  if (!ANSWERABLE_STATUSES.includes(ticket.status)) {
    return (
      <Text c="dimmed" role="status">
        {t('tickets.answer.notNow', { status: t(`enums.ticketStatus.${ticket.status}`) })}
      </Text>
    );
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const next = {
      body: body.trim() === '' ? t('common.required') : undefined,
      resolutionType: resolutionType === '' ? t('common.required') : undefined,
    };
    setErrors(next);
    if (next.body || next.resolutionType || resolutionType === '') return;
    setFailure(null);
    answer.mutate(
      { number: ticket.number, etag, body: { body, resolutionType } },
      {
        onSuccess: () => {
          setBody('');
          setResolutionType('');
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
      <Stack gap="sm">
        <Textarea
          label={t('tickets.answer.label')}
          description={t('tickets.answer.hint')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={errors.body}
          required
          autosize
          minRows={4}
          maxRows={14}
        />
        <NativeSelect
          label={t('tickets.fields.resolution')}
          value={resolutionType}
          onChange={(event) => {
            const value = event.currentTarget.value;
            setResolutionType(isOneOf(RESOLUTION_TYPES, value) ? value : '');
          }}
          error={errors.resolutionType}
          required
          data={[
            { value: '', label: t('tickets.answer.chooseResolution') },
            ...RESOLUTION_TYPES.map((r) => ({ value: r, label: t(`enums.resolutionType.${r}`) })),
          ]}
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={answer.isPending}>
            {t('tickets.answer.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
