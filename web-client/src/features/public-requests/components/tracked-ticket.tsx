import { Alert, Anchor, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { isApiError, problemCode } from '@/api/problem';
import type { TrackedTicket } from '@/api/types';
import { DefinitionList } from '@/components/ui/definition-list';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { TicketStatusBadge } from '@/components/ui/ticket-status-badge';
import { paths } from '@/config/paths';
import { useTimeZone } from '@/lib/organisation';
import { formatDate, formatDateTime } from '@/utils/format';

import { useAddCustomerMessage } from '../api/add-customer-message';

import { CustomerFiles } from './customer-files';
import classes from './public.module.css';

interface TrackedTicketViewProps {
  tracked: TrackedTicket;
  token: string;
}

/** The customer's view of their request: status, the public conversation (no internal notes exist here), and a reply box. */
export function TrackedTicketView({ tracked, token }: TrackedTicketViewProps) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const conversationId = useId();
  const writeId = useId();
  const [body, setBody] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ message: string; newRequest: boolean } | null>(null);
  const [sent, setSent] = useState(false);
  const send = useAddCustomerMessage();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (body.trim() === '') {
      setBodyError(t('common.required'));
      return;
    }
    setBodyError(null);
    setFailure(null);
    send.mutate(
      { number: tracked.number, token, body },
      {
        onSuccess: () => {
          setBody('');
          setSent(true);
        },
        onError: (error) => {
          if (isApiError(error, 409) && problemCode(error) === 'reopen-window-passed')
            setFailure({ message: t('public.tracking.windowPassed'), newRequest: true });
          else if (isApiError(error, 429)) setFailure({ message: t('public.form.tooManyNoTime'), newRequest: false });
          else setFailure({ message: mutationErrorMessage(error, t('public.form.error')), newRequest: false });
        },
      },
    );
  };

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="xs">
          <TicketStatusBadge status={tracked.status} size="lg" />
        </Group>
        <Text>{t(`public.tracking.statusHelp.${tracked.status}`)}</Text>
        <DefinitionList
          items={[
            { term: t('public.tracking.type'), description: tracked.type ? t(`enums.ticketType.${tracked.type}`) : t('common.none') },
            { term: t('public.tracking.subject'), description: tracked.subject },
            { term: t('public.tracking.createdAt'), description: formatDate(tracked.createdAt, timeZone) },
            ...(tracked.answeredAt ? [{ term: t('public.tracking.answeredAt'), description: formatDate(tracked.answeredAt, timeZone) }] : []),
          ]}
        />
      </Stack>

      <section aria-labelledby={conversationId}>
        <Title order={2} size="h3" id={conversationId} mb="sm">
          {t('public.tracking.conversation')}
        </Title>
        {tracked.messages.length === 0 ? (
          <Text c="dimmed">{t('public.tracking.noMessages')}</Text>
        ) : (
          <ol className={classes.conversation}>
            {tracked.messages.map((message, index) => (
              <li key={`${message.at}-${index}`} className={`${classes.message} ${message.from === 'agent' ? classes.fromAgent : classes.fromCustomer}`}>
                <Text size="sm" fw={600}>
                  {message.from === 'agent' ? t('public.tracking.fromAgent') : t('public.tracking.fromCustomer')}
                  <Text span size="sm" c="dimmed" fw={400}>
                    {' · '}
                    <time dateTime={message.at}>{formatDateTime(message.at, timeZone)}</time>
                  </Text>
                </Text>
                <Text size="sm" className={classes.body}>
                  {message.body}
                </Text>
              </li>
            ))}
          </ol>
        )}
      </section>

      <CustomerFiles number={tracked.number} token={token} attachments={tracked.attachments} />

      <section aria-labelledby={writeId}>
        <Title order={2} size="h3" id={writeId} mb="sm">
          {t('public.tracking.write')}
        </Title>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('public.tracking.message')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              error={bodyError}
              autosize
              minRows={3}
              maxRows={10}
            />
            {failure ? (
              <Alert color="red" role="alert">
                {failure.message}{' '}
                {failure.newRequest ? (
                  <Anchor component={Link} to={paths.public.webRequest.getHref()}>
                    {t('public.tracking.newRequest')}
                  </Anchor>
                ) : null}
              </Alert>
            ) : null}
            {sent ? (
              <Text role="status" size="sm" c="green.9">
                {t('public.tracking.sent')}
              </Text>
            ) : null}
            <Button type="submit" fullWidth loading={send.isPending}>
              {t('public.tracking.send')}
            </Button>
          </Stack>
        </form>
      </section>
    </Stack>
  );
}
