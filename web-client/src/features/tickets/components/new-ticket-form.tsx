import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Area, Channel, CreateTicketBody, Priority, ResolutionType, Ticket, TicketType, Topic } from '@/api/types';
import { TopicPicker } from '@/components/forms/topic-picker';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { PRIORITIES, RESOLUTION_TYPES, TICKET_TYPES, isOneOf } from '@/config/pqrs';
import { newUuid } from '@/utils/uuid';

import { useCreateTicket } from '../api/create-ticket';

interface NewTicketFormProps {
  /** The requester, found or registered above; nothing can be filed without one. */
  customerId: string | null;
  channel: Channel;
  areas: readonly Area[];
  topics: readonly Topic[];
  onCreated: (ticket: Ticket) => void;
  /** Shown under the topic, with the facts typed so far (the route puts the SLA's promised date there). */
  renderPromise?: (facts: CaseFacts) => React.ReactNode;
}

/** The facts typed so far that decide a case's service level. */
export interface CaseFacts {
  type: TicketType | '';
  channel: Channel;
  priority: Priority;
  topicId: string | null;
}

type Errors = Partial<Record<'type' | 'subject' | 'description' | 'topicId' | 'answerBody' | 'resolutionType', string>>;

const SUBJECT_MAX = 200;

/**
 * Types the case (type, subject, description, topic, priority) and either files it or answers it at
 * first contact (the ticket is created closed). Each submission carries an Idempotency-Key: the same
 * body sent again (double click, retry after a network error) reuses the key, so the API returns the
 * first ticket instead of making a second.
 */
export function NewTicketForm({ customerId, channel, areas, topics, onCreated, renderPromise }: NewTicketFormProps) {
  const { t } = useTranslation();
  const [type, setType] = useState<TicketType | ''>('');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [topicId, setTopicId] = useState<string | null>(null);
  const [priority, setPriority] = useState<Priority>('normal');
  const [answerNow, setAnswerNow] = useState(false);
  const [answerBody, setAnswerBody] = useState('');
  const [resolutionType, setResolutionType] = useState<ResolutionType | ''>('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const create = useCreateTicket({ onSuccess: onCreated });

  const keyFor = (body: CreateTicketBody): string => {
    const json = JSON.stringify(body);
    if (attempt.current?.body === json) return attempt.current.key;
    attempt.current = { key: newUuid(), body: json };
    return attempt.current.key;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (create.isPending || customerId === null) return;
    const required = t('common.required');
    const next: Errors = {
      type: type === '' ? required : undefined,
      subject: subject.trim() === '' ? required : undefined,
      description: description.trim() === '' ? required : undefined,
      topicId: topicId === null ? t('tickets.intake.topicRequired') : undefined,
      answerBody: answerNow && answerBody.trim() === '' ? required : undefined,
      resolutionType: answerNow && resolutionType === '' ? required : undefined,
    };
    setErrors(next);
    if (Object.values(next).some(Boolean) || type === '') return;
    setFailure(null);
    const body: CreateTicketBody = {
      type,
      channel,
      subject: subject.trim(),
      description,
      customerId,
      customer: null,
      topicId,
      priority,
      assigneeId: null,
      answerNow: answerNow && resolutionType !== '' ? { body: answerBody, resolutionType } : null,
    };
    create.mutate(
      { body, idempotencyKey: keyFor(body) },
      {
        onError: (error) => {
          if (isApiError(error, 422)) {
            const fields = error.fieldErrors;
            setErrors({
              subject: fields.subject,
              description: fields.description,
              topicId: fields.topicId,
              answerBody: fields['answerNow.body'],
            });
          }
          setFailure(mutationErrorMessage(error, t('common.unexpectedError')));
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('tickets.fields.type')}
            required
            value={type}
            error={errors.type}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setType(isOneOf(TICKET_TYPES, value) ? value : '');
            }}
            data={[{ value: '', label: t('tickets.intake.chooseType') }, ...TICKET_TYPES.map((s) => ({ value: s, label: t(`enums.ticketType.${s}`) }))]}
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
        </SimpleGrid>
        <TextInput
          label={t('tickets.fields.subject')}
          required
          value={subject}
          maxLength={SUBJECT_MAX}
          error={errors.subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
        />
        <Textarea
          label={t('tickets.fields.description')}
          required
          value={description}
          error={errors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autosize
          minRows={4}
          maxRows={14}
        />
        <TopicPicker legend={t('tickets.fields.topic')} areas={areas} topics={topics} value={topicId} onChange={setTopicId} error={errors.topicId} required />
        {renderPromise?.({ type, channel, priority, topicId })}

        <Checkbox
          label={t('tickets.intake.answerNow')}
          description={t('tickets.intake.answerNowHint')}
          checked={answerNow}
          onChange={(event) => setAnswerNow(event.currentTarget.checked)}
        />
        {answerNow ? (
          <Paper withBorder p="sm">
            <Stack gap="sm">
              <Textarea
                label={t('tickets.intake.answerBody')}
                required
                value={answerBody}
                error={errors.answerBody}
                onChange={(event) => setAnswerBody(event.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={12}
              />
              <NativeSelect
                label={t('tickets.fields.resolution')}
                required
                value={resolutionType}
                error={errors.resolutionType}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setResolutionType(isOneOf(RESOLUTION_TYPES, value) ? value : '');
                }}
                data={[
                  { value: '', label: t('tickets.answer.chooseResolution') },
                  ...RESOLUTION_TYPES.map((r) => ({ value: r, label: t(`enums.resolutionType.${r}`) })),
                ]}
              />
            </Stack>
          </Paper>
        ) : null}

        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {customerId === null ? (
          <Alert color="gray" variant="light">
            {t('tickets.intake.customerFirst')}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={create.isPending} disabled={customerId === null}>
            {answerNow ? t('tickets.intake.submitAnswered') : t('tickets.intake.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
