import { Button, Group, MultiSelect, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { User } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useUpdateUser } from '../api/update-user';

import { onlyRoles, roleOptions, type AreaOption } from './role-options';

interface UpdateUserFormProps {
  user: User;
  areaOptions: AreaOption[];
  onDone: () => void;
  onCancel: () => void;
}

export function UpdateUserForm({ user, areaOptions, onDone, onCancel }: UpdateUserFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      displayName: user.displayName,
      roles: [...user.roles] as string[],
      areaIds: [...user.areaIds],
      active: user.active,
    },
    validate: {
      displayName: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      roles: (v) => (v.length === 0 ? i18n.t('users.rolesRequired') : null),
    },
  });

  const updateUser = useUpdateUser({
    onSuccess: (updated) => {
      notifications.show({ color: 'green', message: t('users.updatedToast', { name: updated.displayName }) });
      onDone();
    },
  });

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    updateUser.mutate(
      {
        id: user.id,
        body: {
          displayName: values.displayName.trim(),
          roles: onlyRoles(values.roles),
          areaIds: values.areaIds,
          active: values.active,
        },
      },
      {
        onError: (error) => {
          setGeneralError(applyProblem(form, error, t('common.unexpectedError')));
        },
      },
    );
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <div>
        <Text size="sm" fw={500}>
          {t('users.email')}
        </Text>
        <Text size="sm">{user.email}</Text>
      </div>
      <TextInput label={t('users.displayName')} required data-autofocus key={form.key('displayName')} {...form.getInputProps('displayName')} />
      <MultiSelect label={t('users.roles')} data={roleOptions(t)} required searchable key={form.key('roles')} {...form.getInputProps('roles')} />
      <MultiSelect label={t('users.areas')} data={areaOptions} searchable key={form.key('areaIds')} {...form.getInputProps('areaIds')} />
      <Switch label={t('users.activeLabel')} key={form.key('active')} {...form.getInputProps('active', { type: 'checkbox' })} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={updateUser.isPending}>
          {t('common.save')}
        </Button>
      </Group>
    </FormShell>
  );
}
