import { Fieldset, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area, Topic } from '@/api/types';

interface TopicPickerProps {
  legend: string;
  areas: readonly Area[];
  topics: readonly Topic[];
  /** The chosen topic or subtopic id. */
  value: string | null;
  onChange: (topicId: string | null) => void;
  error?: ReactNode;
  /** Whether a topic must be chosen (marks the topic field required). */
  required?: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * The catalogue as three native selects: area → topic → subtopic (optional). The value is the most
 * specific choice. Inactive entries are not offered, except the one already chosen.
 */
export function TopicPicker({ legend, areas, topics, value, onChange, error, required = false }: TopicPickerProps) {
  const { t } = useTranslation();
  const chosen = topics.find((tp) => tp.id === value) ?? null;
  const topicId = chosen ? (chosen.parentId ?? chosen.id) : '';
  const subtopicId = chosen?.parentId ? chosen.id : '';
  const [pickedArea, setPickedArea] = useState<string>(chosen?.areaId ?? '');
  const areaId = chosen?.areaId ?? pickedArea;

  const offered = (tp: Topic) => tp.active || tp.id === topicId || tp.id === subtopicId;
  const areaOptions = areas.filter((a) => a.active || a.id === areaId).slice().sort(byName);
  const topicOptions = topics.filter((tp) => tp.areaId === areaId && !tp.parentId && offered(tp)).slice().sort(byName);
  const subtopicOptions = topics.filter((tp) => topicId !== '' && tp.parentId === topicId && offered(tp)).slice().sort(byName);

  return (
    <Fieldset
      legend={
        <Text component="span" size="sm" fw={600}>
          {legend}
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('topicPicker.area')}
          value={areaId}
          onChange={(event) => {
            setPickedArea(event.currentTarget.value);
            onChange(null);
          }}
          data={[{ value: '', label: t('topicPicker.chooseArea') }, ...areaOptions.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <NativeSelect
          label={t('topicPicker.topic')}
          required={required}
          value={topicId}
          disabled={areaId === ''}
          error={error}
          onChange={(event) => onChange(event.currentTarget.value || null)}
          data={[{ value: '', label: t('topicPicker.chooseTopic') }, ...topicOptions.map((tp) => ({ value: tp.id, label: tp.name }))]}
        />
        <NativeSelect
          label={t('topicPicker.subtopic')}
          value={subtopicId}
          disabled={subtopicOptions.length === 0}
          onChange={(event) => onChange(event.currentTarget.value || topicId || null)}
          data={[{ value: '', label: t('topicPicker.noSubtopic') }, ...subtopicOptions.map((tp) => ({ value: tp.id, label: tp.name }))]}
        />
      </Stack>
    </Fieldset>
  );
}
