import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

/** Shown in place of a page the user's roles do not allow. */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t('errors.forbiddenTitle')} />
      <Text>{t('errors.forbiddenText')}</Text>
      <Button component={Link} to={paths.app.root.getHref()} variant="light">
        {t('errors.goHome')}
      </Button>
    </Stack>
  );
}
