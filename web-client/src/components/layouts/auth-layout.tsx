import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';

import classes from './layouts.module.css';

/** A narrow, phone-friendly page without the shell: login now, public pages later. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm">
        <Group justify="space-between">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size={420} py="xl" className={classes.main}>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
