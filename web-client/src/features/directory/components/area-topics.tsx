import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area, Topic } from '@/api/types';
import { mutationErrorMessage } from '@/components/ui/query-error';
import { QueryState } from '@/components/ui/query-state';

import { useTopics } from '../api/get-topics';
import { useUpdateTopic } from '../api/update-topic';
import { buildTopicTree } from '../utils/build-topic-tree';

import { TopicForm, type TopicFormTarget } from './topic-form';
import { TopicTree } from './topic-tree';

/** The topic catalogue of one area: a two-level tree, with create, edit and (de)activate. */
export function AreaTopics({ area }: { area: Area }) {
  const { t } = useTranslation();
  const headingId = useId();
  const topics = useTopics({ areaId: area.id, includeInactive: true });
  const [target, setTarget] = useState<TopicFormTarget | null>(null);
  const toggle = useUpdateTopic();

  const parentName = (parentId: string | null) => topics.data?.find((tp) => tp.id === parentId)?.name ?? '';
  const title =
    target === null
      ? ''
      : target.kind === 'edit'
        ? t('directory.editTopicTitle')
        : target.parentId
          ? t('directory.createSubtopicTitle', { parent: parentName(target.parentId) })
          : t('directory.createTopicTitle', { area: area.name });

  const toggleActive = (topic: Topic) =>
    toggle.mutate(
      { id: topic.id, body: { code: topic.code, name: topic.name, active: !topic.active } },
      {
        onError: (error) =>
          notifications.show({ color: 'red', message: mutationErrorMessage(error, t('common.unexpectedError')) }),
      },
    );

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between">
        <Title order={2} id={headingId} size="h3">
          {t('directory.topicsHeading', { area: area.name })}
        </Title>
        <Button variant="light" onClick={() => setTarget({ kind: 'create', areaId: area.id, parentId: null })}>
          {t('directory.newTopic')}
        </Button>
      </Group>

      <QueryState query={topics}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('directory.emptyTopics')}</Text>
          ) : (
            <TopicTree
              label={t('directory.topicsTreeLabel', { area: area.name })}
              nodes={buildTopicTree(list)}
              onAddSubtopic={(parent) => setTarget({ kind: 'create', areaId: area.id, parentId: parent.id })}
              onEdit={(topic) => setTarget({ kind: 'edit', topic })}
              onToggleActive={toggleActive}
              busyTopicId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
            />
          )
        }
      </QueryState>

      <Modal opened={target !== null} onClose={() => setTarget(null)} title={title}>
        {target ? <TopicForm target={target} onDone={() => setTarget(null)} onCancel={() => setTarget(null)} /> : null}
      </Modal>
    </Stack>
  );
}
