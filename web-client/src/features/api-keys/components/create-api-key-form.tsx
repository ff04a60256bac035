import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CreatedApiKey } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useCreateApiKey } from '../api/create-api-key';

import { SCOPE_LABEL_KEYS, SCOPES } from './scopes';

interface CreateApiKeyFormProps {
  onCreated: (created: CreatedApiKey) => void;
  onCancel: () => void;
}

export function CreateApiKeyForm({ onCreated, onCancel }: CreateApiKeyFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { partnerName: '', scopes: [] as string[] },
    validate: {
      partnerName: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
      scopes: (v) => (v.length === 0 ? i18n.t('apiKeys.scopesRequired') : null),
    },
  });
  const createApiKey = useCreateApiKey({ onSuccess: onCreated });

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    createApiKey.mutate(
      { partnerName: values.partnerName.trim(), scopes: values.scopes },
      {
        onError: (error) => {
          setGeneralError(applyProblem(form, error, t('common.unexpectedError')));
        },
      },
    );
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <TextInput label={t('apiKeys.partnerName')} required data-autofocus key={form.key('partnerName')} {...form.getInputProps('partnerName')} />
      <Checkbox.Group label={t('apiKeys.scopes')} withAsterisk key={form.key('scopes')} {...form.getInputProps('scopes')}>
        <Stack gap="xs" mt="xs">
          {SCOPES.map((scope) => (
            <Checkbox key={scope} value={scope} label={`${scope} — ${t(SCOPE_LABEL_KEYS[scope])}`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={createApiKey.isPending}>
          {t('common.create')}
        </Button>
      </Group>
    </FormShell>
  );
}
