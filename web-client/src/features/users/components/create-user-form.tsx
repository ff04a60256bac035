import { Button, Group, MultiSelect, PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useCreateUser } from '../api/create-user';

import { MIN_PASSWORD_LENGTH, onlyRoles, roleOptions, type AreaOption } from './role-options';

interface CreateUserFormProps {
  areaOptions: AreaOption[];
  onDone: () => void;
  onCancel: () => void;
}

const EMAIL = /^\S+@\S+\.\S+$/;

export function CreateUserForm({ areaOptions, onDone, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', displayName: '', password: '', roles: [] as string[], areaIds: [] as string[] },
    validate: {
      email: (v) => (v.trim() === '' ? i18n.t('common.required') : EMAIL.test(v.trim()) ? null : i18n.t('common.invalidEmail')),
      displayName: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      password: (v) =>
        v.length < MIN_PASSWORD_LENGTH ? i18n.t('users.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) : null,
      roles: (v) => (v.length === 0 ? i18n.t('users.rolesRequired') : null),
    },
  });

  const createUser = useCreateUser({
    onSuccess: (user) => {
      notifications.show({ color: 'green', message: t('users.createdToast', { name: user.displayName }) });
      onDone();
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    createUser.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        roles: onlyRoles(values.roles),
        areaIds: values.areaIds,
      },
      {
        onError: (error) => {
          const general = applyProblem(form, error, t('common.unexpectedError'));
          if (isApiError(error, 409)) form.setFieldError('email', t('users.duplicateEmail'));
          else setGeneralError(general);
        },
      },
    );
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <TextInput label={t('users.email')} type="email" required autoComplete="off" data-autofocus key={form.key('email')} {...form.getInputProps('email')} />
      <TextInput label={t('users.displayName')} required key={form.key('displayName')} {...form.getInputProps('displayName')} />
      <PasswordInput
        label={t('users.password')}
        description={t('users.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        required
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword') }}
        key={form.key('password')}
        {...form.getInputProps('password')}
      />
      <MultiSelect
        label={t('users.roles')}
        data={roleOptions(t)}
        required
        searchable
        key={form.key('roles')}
        {...form.getInputProps('roles')}
      />
      <MultiSelect
        label={t('users.areas')}
        data={areaOptions}
        searchable
        key={form.key('areaIds')}
        {...form.getInputProps('areaIds')}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={createUser.isPending}>
          {t('common.create')}
        </Button>
      </Group>
    </FormShell>
  );
}
