import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';

import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageHeader } from '@/components/ui/page-header';
import { safeRedirect } from '@/config/paths';
import { LoginForm } from '@/features/auth/components/login-form';
import { useUser } from '@/lib/auth';

export default function LoginRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const redirectTo = safeRedirect(searchParams.get('redirectTo'));
  const user = useUser();

  // Signed in already (or just now): go where the person was heading.
  if (user.data) return <Navigate to={redirectTo} replace />;

  return (
    <AuthLayout>
      <PageHeader title={t('auth.title')} />
      <Text c="dimmed" size="sm" mt={-12} mb="md">
        {t('auth.subtitle')}
      </Text>
      <LoginForm />
    </AuthLayout>
  );
}
