import { Alert, Button, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area, Priority, Topic, TicketType } from '@/api/types';
import { TopicPicker } from '@/components/forms/topic-picker';
import { PRIORITIES, TICKET_TYPES, isOneOf } from '@/config/pqrs';

import type { VersionedTicket } from '../api/get-ticket';
import { useUpdateTicket } from '../api/update-ticket';

import { ticketChangeError } from './change-error';

interface EditTicketFormProps {
  versioned: VersionedTicket;
  areas: readonly Area[];
  topics: readonly Topic[];
  onStale: () => void;
}

/**
 * Re-types the case: type, topic, priority, subject. Only what changed is sent (null keeps a field).
 * The page remounts it for each version of the ticket, so it always starts from what is stored.
 */
export function EditTicketForm({ versioned, areas, topics, onStale }: EditTicketFormProps) {
  const { t } = useTranslation();
  const { ticket, etag } = versioned;
  const [type, setType] = useState<TicketType | ''>(ticket.type ?? '');
  const [priority, setPriority] = useState<Priority>(ticket.priority);
  const [subject, setSubject] = useState(ticket.subject);
  const [topicId, setTopicId] = useState<string | null>(ticket.topicId);
  const [failure, setFailure] = useState<string | null>(null);
  const update = useUpdateTicket(ticket.number, { onStale });

  const changes = {
    type: type !== '' && type !== ticket.type ? type : null,
    priority: priority !== ticket.priority ? priority : null,
    subject: subject.trim() !== ticket.subject && subject.trim() !== '' ? subject.trim() : null,
    topicId: topicId !== ticket.topicId ? topicId : null,
  };
  const dirty = Object.values(changes).some((value) => value !== null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!dirty) return;
    update.mutate(
      { number: ticket.number, etag, body: changes },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('tickets.edit.saved') }),
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
          label={t('tickets.fields.type')}
          value={type}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(TICKET_TYPES, value)) setType(value);
          }}
          data={TICKET_TYPES.map((s) => ({ value: s, label: t(`enums.ticketType.${s}`) }))}
        />
        <NativeSelect
          label={t('tickets.fields.priority')}
          value={priority}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(PRIORITIES, value)) setPriority(value);
          }}
          data={PRIORITIES.map((s) => ({ value: s, label: t(`enums.priority.${s}`) }))}
        />
        <TextInput label={t('tickets.fields.subject')} value={subject} onChange={(event) => setSubject(event.currentTarget.value)} maxLength={200} />
        <TopicPicker legend={t('tickets.fields.topic')} areas={areas} topics={topics} value={topicId} onChange={setTopicId} />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Button type="submit" variant="light" loading={update.isPending} disabled={!dirty} style={{ alignSelf: 'flex-start' }}>
          {t('tickets.edit.submit')}
        </Button>
      </Stack>
    </form>
  );
}
