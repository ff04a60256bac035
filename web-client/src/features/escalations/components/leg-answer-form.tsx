import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { EscalationLeg } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useAnswerEscalation } from '../api/answer-escalation';
import { useTakeEscalation } from '../api/take-escalation';

export const MAX_ANSWER_LENGTH = 20_000;

/** "Tomar" (assign the leg to me) and the area's answer, while the leg is open. */
export function LegAnswerForm({ leg, meId }: { leg: EscalationLeg; meId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const take = useTakeEscalation();
  const answer = useAnswerEscalation();

  const onError = (error: unknown) =>
    setFailure(isApiError(error, 409) ? t('escalations.errors.notOpen') : mutationErrorMessage(error, t('common.unexpectedError')));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return setTextError(t('common.required'));
    if (text.length > MAX_ANSWER_LENGTH) return setTextError(t('escalations.answer.tooLong', { max: MAX_ANSWER_LENGTH.toLocaleString() }));
    setTextError(null);
    setFailure(null);
    answer.mutate({ id: leg.id, text }, { onError });
  };

  return (
    <Stack>
      {leg.responderId !== meId ? (
        <Group>
          <Button variant="light" loading={take.isPending} onClick={() => take.mutate(leg.id, { onError })}>
            {t('escalations.answer.take')}
          </Button>
        </Group>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('escalations.answer.label')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={textError}
            autosize
            minRows={5}
            maxRows={16}
          />
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" loading={answer.isPending}>
              {t('escalations.answer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
