import { Badge, Button, Code, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Topic } from '@/api/types';

import type { TopicNode } from '../utils/build-topic-tree';

import classes from './topic-tree.module.css';

interface TopicActions {
  onAddSubtopic: (parent: Topic) => void;
  onEdit: (topic: Topic) => void;
  onToggleActive: (topic: Topic) => void;
  busyTopicId: string | null;
}

interface TopicRowProps extends TopicActions {
  topic: Topic;
  subtopicCount?: number;
}

function TopicRow({ topic, subtopicCount, onAddSubtopic, onEdit, onToggleActive, busyTopicId }: TopicRowProps) {
  const { t } = useTranslation();
  const isTopic = subtopicCount !== undefined;
  return (
    <Group className={classes.row} justify="space-between" wrap="wrap" gap="xs">
      <Group gap="xs" wrap="wrap">
        <Text fw={isTopic ? 600 : 400} c={topic.active ? undefined : 'dimmed'}>
          {topic.name}
        </Text>
        <Code>{topic.code}</Code>
        {!topic.active ? (
          <Badge color="gray" variant="light" size="sm">
            {t('common.inactive')}
          </Badge>
        ) : null}
        {isTopic && subtopicCount > 0 ? (
          <Text size="xs" c="dimmed">
            {t('directory.subtopicCount', { count: subtopicCount })}
          </Text>
        ) : null}
      </Group>
      <Group gap={4} wrap="nowrap">
        {isTopic ? (
          <Button
            variant="subtle"
            size="compact-sm"
            aria-label={t('directory.newSubtopicFor', { name: topic.name })}
            onClick={() => onAddSubtopic(topic)}
          >
            {t('directory.newSubtopic')}
          </Button>
        ) : null}
        <Button variant="subtle" size="compact-sm" aria-label={t('directory.editTopic', { name: topic.name })} onClick={() => onEdit(topic)}>
          {t('common.edit')}
        </Button>
        <Button
          variant="subtle"
          color={topic.active ? 'red' : 'green'}
          size="compact-sm"
          loading={busyTopicId === topic.id}
          aria-label={
            topic.active
              ? t('directory.deactivateTopic', { name: topic.name })
              : t('directory.activateTopic', { name: topic.name })
          }
          onClick={() => onToggleActive(topic)}
        >
          {topic.active ? t('directory.deactivate') : t('directory.activate')}
        </Button>
      </Group>
    </Group>
  );
}

interface TopicTreeProps extends TopicActions {
  /** Accessible name of the tree, e.g. "Topics and subtopics of Credit". */
  label: string;
  nodes: TopicNode[];
}

/** Topics and their subtopics as nested lists; every action is a real, labelled button. */
export function TopicTree({ label, nodes, ...actions }: TopicTreeProps) {
  return (
    <ul className={classes.tree} aria-label={label}>
      {nodes.map(({ topic, children }) => (
        <li key={topic.id}>
          <TopicRow topic={topic} subtopicCount={children.length} {...actions} />
          {children.length > 0 ? (
            <ul className={classes.subtree} aria-label={topic.name}>
              {children.map((child) => (
                <li key={child.id}>
                  <TopicRow topic={child} {...actions} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
