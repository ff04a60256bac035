import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load, announced to assistive technology, with a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  const message = isApiError(error, 403) ? t('common.forbiddenAction') : t('common.loadError');
  const detail = isApiError(error) ? error.problem?.detail : undefined;
  return (
    <Alert color="red" role="alert" title={message}>
      <Stack gap="xs" align="flex-start">
        {detail ? <Text size="sm">{detail}</Text> : null}
        {onRetry ? (
          <Button variant="light" color="red" size="xs" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** The message for a failed change: the problem's detail if the API gave one, else a generic one. */
export function mutationErrorMessage(error: unknown, fallback: string): string {
  if (isApiError(error)) return error.problem?.detail ?? error.problem?.title ?? fallback;
  return fallback;
}
