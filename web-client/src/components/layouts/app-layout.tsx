import { AppShell, Burger, Button, Group, Kbd, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, useMatch, useNavigate } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { ShortcutsDialog } from '@/components/shortcuts-dialog';
import { TimeZoneNote } from '@/components/ui/time-zone-note';
import { paths } from '@/config/paths';
import { useLogout } from '@/lib/auth';
import { useAuthorization } from '@/lib/authorization';
import { focusPageSearch, useShortcuts } from '@/lib/shortcuts';

import classes from './layouts.module.css';

interface NavItemProps {
  to: string;
  label: string;
  end?: boolean;
  onNavigate: () => void;
}

function NavItem({ to, label, end = false, onNavigate }: NavItemProps) {
  const active = useMatch({ path: to, end }) !== null;
  // React Router's NavLink sets aria-current="page" on the active link; Mantine styles it.
  return <NavLink component={RouterNavLink} to={to} end={end} label={label} active={active} onClick={onNavigate} />;
}

/**
 * The staff shell: header (name, shortcuts, language, sign out), role-based navigation, main region. When the reader's
 * browser is in another zone than the organisation's, the foot of the navigation (a sidebar on wide screens, the menu
 * on phones) says which zone the times are in.
 * Global shortcuts: n (new ticket), / (search), ? (the list of shortcuts).
 */
export function AppLayout({ children, headerActions }: { children: ReactNode; /** Composed by the route (e.g. notices). */ headerActions?: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [shortcutsOpened, shortcuts] = useDisclosure(false);
  const { user, isAdmin, readsTickets, writesTickets, worksEscalations } = useAuthorization();
  const navigate = useNavigate();
  const logout = useLogout({ onSuccess: () => void navigate(paths.auth.login.getHref(), { replace: true }) });
  const adminHeadingId = useId();

  useShortcuts({
    '?': () => shortcuts.open(),
    ...(writesTickets ? { n: () => void navigate(paths.app.intake.getHref()) } : {}),
    ...(readsTickets
      ? {
          '/': () => {
            if (!focusPageSearch()) void navigate(paths.app.tickets.list.getHref(), { state: { focusSearch: true } });
          },
        }
      : {}),
  });

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main-content" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
              aria-controls="app-navbar"
            />
            <Text component={Link} to={paths.app.root.getHref()} fw={700} size="lg" className={classes.brand}>
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} visibleFrom="xs" data-testid="current-user-name">
              {user?.displayName}
            </Text>
            {headerActions}
            <Button
              variant="subtle"
              size="compact-sm"
              visibleFrom="sm"
              onClick={shortcuts.open}
              rightSection={<Kbd size="xs" aria-hidden="true">?</Kbd>}
            >
              {t('shortcuts.open')}
            </Button>
            <LanguageSwitch />
            <Button variant="default" size="compact-sm" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar id="app-navbar" p="sm" aria-label={t('nav.label')}>
        <Stack gap={4}>
          <NavItem to={paths.app.root.getHref()} label={t('nav.home')} end onNavigate={close} />
          {writesTickets ? <NavItem to={paths.app.intake.getHref()} label={t('nav.intake')} onNavigate={close} /> : null}
          {readsTickets ? <NavItem to={paths.app.tickets.list.getHref()} label={t('nav.tickets')} onNavigate={close} /> : null}
          {worksEscalations ? <NavItem to={paths.app.escalations.list.getHref()} label={t('nav.escalations')} onNavigate={close} /> : null}
          {isAdmin ? (
            <div role="group" aria-labelledby={adminHeadingId}>
              <Text id={adminHeadingId} component="h2" size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm">
                {t('nav.admin')}
              </Text>
              <NavItem to={paths.app.admin.users.getHref()} label={t('nav.users')} onNavigate={close} />
              <NavItem to={paths.app.admin.apiKeys.getHref()} label={t('nav.apiKeys')} onNavigate={close} />
              <NavItem to={paths.app.admin.areas.getHref()} label={t('nav.areas')} onNavigate={close} />
              <NavItem to={paths.app.admin.auditLog.getHref()} label={t('nav.auditLog')} onNavigate={close} />
              <NavItem to={paths.app.admin.escalationMatrix.getHref()} label={t('nav.escalationMatrix')} onNavigate={close} />
              <NavItem to={paths.app.admin.slaPolicies.getHref()} label={t('nav.slaPolicies')} onNavigate={close} />
              <NavItem to={paths.app.admin.slaCalendars.getHref()} label={t('nav.slaCalendars')} onNavigate={close} />
            </div>
          ) : null}
        </Stack>
        <TimeZoneNote mt="auto" pt="md" px="sm" />
      </AppShell.Navbar>

      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        {children}
      </AppShell.Main>
      <ShortcutsDialog opened={shortcutsOpened} onClose={shortcuts.close} />
    </AppShell>
  );
}
