import { Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';

import { NotFound } from './not-found';

/** The router's error element: an unexpected crash while rendering a route. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Container component="main" size="sm" py="xl">
      <Stack align="flex-start">
        <PageHeader title={t('errors.crashTitle')} />
        <Text>{t('errors.crashText')}</Text>
        <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
      </Stack>
    </Container>
  );
}
