import { Button, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { CurrentUser } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { useLogin } from '@/lib/auth';
import { applyProblemToForm } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';
import { type DisplayZone, useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

/**
 * The sentence to show for a failed sign-in, in the current language. A time is in the organisation's zone, with its
 * offset when the reader is elsewhere (the only instant on the login page, so the page names no zone otherwise).
 */
export function loginErrorMessage(error: unknown, t: TFunction, { timeZone, elsewhere }: DisplayZone): string {
  if (isApiError(error, 401)) return t('auth.errors.invalidCredentials');
  if (isApiError(error, 429)) {
    // Failed logins from this address: the API says until when (other limits only send Retry-After).
    const until = error.problem?.retryAt;
    if (typeof until === 'string' && until) return t('auth.errors.throttled', { until: formatDateTime(until, timeZone, { withOffset: elsewhere }) });
    const seconds = error.retryAfterSeconds();
    return seconds !== undefined
      ? t('auth.errors.tooManyAttempts', { seconds })
      : t('auth.errors.tooManyAttemptsNoTime');
  }
  if (isApiError(error) && error.problem?.detail && error.status < 500) return error.problem.detail;
  return t('auth.errors.generic');
}

interface LoginFormProps {
  onSuccess?: (user: CurrentUser) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const zone = useTimeZone();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) =>
        value.trim() === '' ? i18n.t('common.required') : /^\S+@\S+\.\S+$/.test(value.trim()) ? null : i18n.t('common.invalidEmail'),
      password: (value) => (value === '' ? i18n.t('common.required') : null),
    },
  });
  const login = useLogin({
    onSuccess: (user) => onSuccess?.(user),
  });

  const handleSubmit = form.onSubmit((values) => {
    login.mutate(
      { email: values.email.trim(), password: values.password },
      {
        onError: (error) => {
          applyProblemToForm(form, error);
          if (isApiError(error, 401)) form.setFieldValue('password', '');
        },
      },
    );
  });

  const fieldErrorsOnly = isApiError(login.error) && (login.error.status === 400 || login.error.status === 422);

  return (
    <FormShell onSubmit={handleSubmit} error={login.isError && !fieldErrorsOnly ? loginErrorMessage(login.error, t, zone) : null}>
      <TextInput
        label={t('auth.email')}
        type="email"
        autoComplete="username"
        required
        key={form.key('email')}
        {...form.getInputProps('email')}
      />
      <PasswordInput
        label={t('auth.password')}
        autoComplete="current-password"
        required
        visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
        key={form.key('password')}
        {...form.getInputProps('password')}
      />
      <Button type="submit" loading={login.isPending} fullWidth>
        {t('auth.submit')}
      </Button>
    </FormShell>
  );
}
