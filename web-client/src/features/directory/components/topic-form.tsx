import { Button, Group, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isApiError } from '@/api/problem';
import type { Topic } from '@/api/types';
import { FormShell } from '@/components/forms/form-shell';
import { applyProblem } from '@/lib/form-errors';
import { i18n } from '@/lib/i18n';

import { useCreateTopic } from '../api/create-topic';
import { useUpdateTopic } from '../api/update-topic';
import { TOPIC_CODE_MAX, isValidCode } from '../utils/codes';

export type TopicFormTarget =
  | { kind: 'create'; areaId: string; parentId: string | null }
  | { kind: 'edit'; topic: Topic };

interface TopicFormProps {
  target: TopicFormTarget;
  onDone: (topic: Topic) => void;
  onCancel: () => void;
}

export function TopicForm({ target, onDone, onCancel }: TopicFormProps) {
  const { t } = useTranslation();
  const [generalError, setGeneralError] = useState<string | null>(null);
  const editing = target.kind === 'edit' ? target.topic : null;
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { code: editing?.code ?? '', name: editing?.name ?? '', active: editing?.active ?? true },
    validate: {
      code: (v) =>
        v.trim() === ''
          ? i18n.t('common.required')
          : isValidCode(v.trim(), TOPIC_CODE_MAX)
            ? null
            : i18n.t('directory.codeHint', { max: TOPIC_CODE_MAX }),
      name: (v) => (v.trim() === '' ? i18n.t('common.required') : null),
    },
  });

  const saved = (topic: Topic) => {
    notifications.show({ color: 'green', message: t('directory.topicSavedToast', { name: topic.name }) });
    onDone(topic);
  };
  const createTopic = useCreateTopic({ onSuccess: saved });
  const updateTopic = useUpdateTopic({ onSuccess: saved });

  const onError = (error: unknown) => {
    const general = applyProblem(form, error, t('common.unexpectedError'));
    if (isApiError(error, 409)) form.setFieldError('code', t('directory.duplicateCode'));
    else setGeneralError(general);
  };

  const handleSubmit = form.onSubmit((values) => {
    setGeneralError(null);
    const code = values.code.trim();
    const name = values.name.trim();
    if (target.kind === 'edit') {
      updateTopic.mutate({ id: target.topic.id, body: { code, name, active: values.active } }, { onError });
    } else {
      createTopic.mutate({ areaId: target.areaId, parentId: target.parentId, code, name }, { onError });
    }
  });

  return (
    <FormShell onSubmit={handleSubmit} error={generalError}>
      <TextInput
        label={t('directory.code')}
        description={t('directory.codeHint', { max: TOPIC_CODE_MAX })}
        required
        data-autofocus
        key={form.key('code')}
        {...form.getInputProps('code')}
      />
      <TextInput label={t('directory.name')} required key={form.key('name')} {...form.getInputProps('name')} />
      {editing ? (
        <Switch label={t('directory.activeTopic')} key={form.key('active')} {...form.getInputProps('active', { type: 'checkbox' })} />
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={createTopic.isPending || updateTopic.isPending}>
          {editing ? t('common.save') : t('common.create')}
        </Button>
      </Group>
    </FormShell>
  );
}
