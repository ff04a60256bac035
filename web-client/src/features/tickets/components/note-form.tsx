import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import type { Ticket } from '@/api/types';

import { useAddTicketNote } from '../api/add-ticket-note';

import { ticketChangeError } from './change-error';
import classes from './ticket.module.css';

interface NoteFormProps {
  ticket: Ticket;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onStale: () => void;
}

/** An internal note for the team. Set apart (colour, badge, label) because it never reaches the customer. */
export function NoteForm({ ticket, textareaRef, onStale }: NoteFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const note = useAddTicketNote(ticket.number, { onStale });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (body.trim() === '') {
      setBodyError(t('common.required'));
      return;
    }
    setBodyError(null);
    setFailure(null);
    note.mutate(
      { number: ticket.number, body },
      {
        onSuccess: () => {
          setBody('');
          setSaved(true);
        },
        onError: (error) => {
          const result = ticketChangeError(error, t);
          if (!result.stale) setFailure(result.message);
        },
      },
    );
  };

  return (
    <Paper className={classes.internal} p="md" radius="sm">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color="yellow" variant="filled" autoContrast>
              {t('tickets.note.badge')}
            </Badge>
            <Text size="sm" fw={600}>
              {t('tickets.note.warning')}
            </Text>
          </Group>
          <Textarea
            ref={textareaRef}
            label={t('tickets.note.label')}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={bodyError}
            autosize
            minRows={3}
            maxRows={12}
          />
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          {saved ? (
            <Text role="status" size="sm" fw={500}>
              {t('tickets.note.saved')}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" color="dark" loading={note.isPending}>
              {t('tickets.note.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
