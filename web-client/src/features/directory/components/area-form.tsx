import { Button, Group, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Area } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useCreateArea } from '../api/create-area';
import { useUpdateArea } from '../api/update-area';
import { AREA_CODE_MAX, isValidCode } from '../utils/codes';

interface AreaFormProps {
  /** The area to edit; omitted to create one. */
  area?: Area;
  onDone: (area: Area) => void;
  onCancel: () => void;
}

const EMAIL = /^\S+@\S+\.\S+$/;

export function AreaForm({ area, onDone, onCancel }: AreaFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      code: area?.code ?? '',
      name: area?.name ?? '',
      managerEmail: area?.managerEmail ?? '',
      active: area?.active ?? true,
    },
    validate: {
      code: (v) =>
        v.trim() === ''
          ? i18n.t('common.required')
          : isValidCode(v.trim(), AREA_CODE_MAX)
            ? null
            : i18n.t('directory.codeHint', { max: AREA_CODE_MAX }),
      name: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      managerEmail: (v) => (v.trim() === '' || EMAIL.test(v.trim()) ? null : i18n.t('common.invalidEmail')),
    },
  });

  const saved = (result: Area) => {
    notifications.show({ color: 'green', message: t('directory.areaSavedToast', { name: result.name }) });
    onDone(result);
  };
  const createArea = useCreateArea({ onSuccess: saved });
  const updateArea = useUpdateArea({ onSuccess: saved });
  const pending = createArea.isPending || updateArea.isPending;

  const onError = (error: unknown) => {
    const general = applyProblem(form, error, t('common.unexpectedError'));
    if (isApiError(error, 409)) form.setFieldError('code', t('directory.duplicateCode'));
    else setGeneralError(general);
  };

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      managerEmail: values.managerEmail.trim() === '' ? null : values.managerEmail.trim(),
    };
    if (area) updateArea.mutate({ id: area.id, body: { ...common, active: values.active } }, { onError });
    else createArea.mutate(common, { onError });
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <TextInput
        label={t('directory.code')}
        description={t('directory.codeHint', { max: AREA_CODE_MAX })}
        required
        data-autofocus
        key={form.key('code')}
        {...form.getInputProps('code')}
      />
      <TextInput label={t('directory.name')} required key={form.key('name')} {...form.getInputProps('name')} />
      <TextInput
        label={t('directory.managerEmail')}
        description={t('directory.managerEmailHint')}
        type="email"
        key={form.key('managerEmail')}
        {...form.getInputProps('managerEmail')}
      />
      {area ? (
        <Switch label={t('directory.activeArea')} key={form.key('active')} {...form.getInputProps('active', { type: 'checkbox' })} />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {area ? t('common.save') : t('common.create')}
        </Button>
      </Group>
    </FormShell>
  );
}
