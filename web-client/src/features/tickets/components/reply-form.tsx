import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

import type { Ticket } from '@/api/types';

import { useAddTicketReply } from '../api/add-ticket-reply';

import { ticketChangeError } from './change-error';

interface ReplyFormProps {
  ticket: Ticket;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onStale: () => void;
}

/** A public reply: emailed to the customer and shown on their tracking page. */
export function ReplyForm({ ticket, textareaRef, onStale }: ReplyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [waitForCustomer, setWaitForCustomer] = useState(false);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const reply = useAddTicketReply(ticket.number, { onStale });
  const closed = ticket.status === 'closed';

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (body.trim() === '') {
      setBodyError(t('common.required'));
      return;
    }
    setBodyError(null);
    setFailure(null);
    reply.mutate(
      { number: ticket.number, body: { body, waitForCustomer } },
      {
        onSuccess: () => {
          setBody('');
          setWaitForCustomer(false);
          setSent(true);
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
        {closed ? (
          <Alert color="gray" variant="light">
            {t('tickets.errors.closed')}
          </Alert>
        ) : null}
        <Textarea
          ref={textareaRef}
          label={t('tickets.reply.label')}
          description={t('tickets.reply.hint', { email: ticket.customer.email ?? t('common.none') })}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={bodyError}
          disabled={closed}
          autosize
          minRows={4}
          maxRows={14}
        />
        <Checkbox
          label={t('tickets.reply.waitForCustomer')}
          checked={waitForCustomer}
          disabled={closed}
          onChange={(event) => setWaitForCustomer(event.currentTarget.checked)}
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {sent ? (
          <Text role="status" size="sm" c="green.9">
            {t('tickets.reply.sent')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={reply.isPending} disabled={closed}>
            {t('tickets.reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
