import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { isRole } from '@/config/roles';
import { useUser } from '@/lib/auth';

export default function HomeRoute() {
  const { t } = useTranslation();
  const { data: user } = useUser();
  if (!user) return null;

  return (
    <Stack>
      <PageHeader title={t('home.title')} />
      <Text size="lg">{t('home.welcome', { name: user.displayName })}</Text>
      <section aria-labelledby="home-roles">
        <Title order={2} size="h4" id="home-roles" mb="xs">
          {t('home.rolesHeading')}
        </Title>
        {user.roles.length === 0 ? (
          <Text c="dimmed">{t('home.noRoles')}</Text>
        ) : (
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {user.roles.map((role) => (
              <li key={role}>
                <Badge variant="light">{isRole(role) ? t(`roles.${role}`) : role}</Badge>
              </li>
            ))}
          </Group>
        )}
      </section>
    </Stack>
  );
}
