import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { EscalationLeg, ReviewEscalationResult } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';

import { useReviewEscalation } from '../api/review-escalation';

/** Accept the area's answer, or reject it with a required reason (a new leg opens to the same area or the next level). */
export function ReviewForm({ leg, onReviewed }: { leg: EscalationLeg; onReviewed: (result: ReviewEscalationResult) => unknown }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const review = useReviewEscalation({ onReviewed });

  const onError = (error: unknown) =>
    setFailure(isApiError(error, 409) ? t('escalations.errors.reviewed') : mutationErrorMessage(error, t('common.unexpectedError')));

  const accept = () => {
    setFailure(null);
    review.mutate({ id: leg.id, body: { decision: 'accept', reason: null } }, { onError });
  };
  const reject = (event: React.FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setReasonError(t('common.required'));
    setReasonError(null);
    setFailure(null);
    review.mutate({ id: leg.id, body: { decision: 'reject', reason } }, { onError });
  };

  return (
    <Stack>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}
      <Group>
        <Button color="green" onClick={accept} loading={review.isPending && review.variables.body.decision === 'accept'}>
          {t('escalations.review.accept')}
        </Button>
      </Group>
      <form onSubmit={reject} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('escalations.review.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={reasonError}
            autosize
            minRows={3}
          />
          <Group>
            <Button type="submit" color="red" variant="light" loading={review.isPending && review.variables.body.decision === 'reject'}>
              {t('escalations.review.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
