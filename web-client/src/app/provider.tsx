import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import '@/lib/i18n';
import { getOrganisationSettingsQueryOptions } from '@/lib/organisation';
import { createQueryClient } from '@/lib/react-query';

import { cssVariablesResolver, theme } from './theme';

interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client; the app makes one. */
  queryClient?: QueryClient;
  /** "test" turns off Mantine's transitions and portals (see Mantine's testing guide). */
  mantineEnv?: 'default' | 'test';
}

export function AppProvider({ children, queryClient, mantineEnv = 'default' }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // Every page shows instants in the organisation's zone: ask for it at once, beside the session and the page's data.
  useEffect(() => {
    void client.prefetchQuery(getOrganisationSettingsQueryOptions());
  }, [client]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light" env={mantineEnv}>
      <Notifications position="top-right" />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
