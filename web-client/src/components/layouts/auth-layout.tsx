import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitch } from '@/components/language-switch';
import { TimeZoneNote } from '@/components/ui/time-zone-note';

import classes from './layouts.module.css';

interface AuthLayoutProps {
  children: ReactNode;
  /** Width of the content column in px (the login form is narrow; the public forms are wider on a desktop). */
  size?: number;
  /** The page shows instants: say which zone they are in when the reader's browser is elsewhere (tracking). */
  showTimeZone?: boolean;
}

/** A narrow, phone-friendly page without the shell: login, the public web form and ticket tracking. */
export function AuthLayout({ children, size = 420, showTimeZone = false }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
            {showTimeZone ? <TimeZoneNote /> : null}
          </div>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main-content" tabIndex={-1} size={size} py="xl" px="sm" className={classes.main}>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
