import { Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack align="flex-start">
        <PageHeader title={t('errors.notFoundTitle')} />
        <Text>{t('errors.notFoundText')}</Text>
        <Button component={Link} to={paths.root.getHref()} variant="light">
          {t('errors.goHome')}
        </Button>
      </Stack>
    </Container>
  );
}
