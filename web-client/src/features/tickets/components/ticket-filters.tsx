import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area, Topic } from '@/api/types';
import { CHANNELS, SLA_STATES, TICKET_QUEUES, TICKET_SORTS, TICKET_STATUSES, TICKET_TYPES, isOneOf, type TicketQueue, type TicketSort } from '@/config/pqrs';
import { PAGE_SEARCH_ATTRIBUTE } from '@/lib/shortcuts';

/** The list's state as the URL keeps it; empty strings mean "any". */
export interface TicketListState {
  queue: TicketQueue | '';
  status: string;
  type: string;
  channel: string;
  areaId: string;
  topicId: string;
  slaState: string;
  q: string;
  sort: TicketSort;
}

interface TicketFiltersProps {
  value: TicketListState;
  onChange: (change: Partial<TicketListState>) => void;
  areas: readonly Area[];
  topics: readonly Topic[];
  /** Put the cursor in the search box on arrival (the "/" shortcut from another page). */
  autoFocusSearch?: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

/**
 * The sort a queue button brings: "En riesgo" lists the nearest SLA due time first; leaving it goes back to the newest
 * first (sorting by due time hides tickets without a running clock). Other queues keep the chosen sort.
 */
function sortFor(queue: TicketQueue | '', current: TicketListState): TicketSort {
  if (queue === 'at_risk') return 'due';
  return current.queue === 'at_risk' && current.sort === 'due' ? 'newest' : current.sort;
}

/** Saved queues (with "En riesgo": SLA at risk or overdue), text search and filters of the ticket list. */
export function TicketFilters({ value, onChange, areas, topics, autoFocusSearch = false }: TicketFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value.q);
  // Follow the URL when it changes from outside (back button, a queue link); keep what is typed otherwise.
  const [urlQ, setUrlQ] = useState(value.q);
  if (urlQ !== value.q) {
    setUrlQ(value.q);
    setQ(value.q);
  }

  const any = { value: '', label: t('tickets.filters.any') };
  const areaTopics = topics.filter((tp) => tp.areaId === value.areaId);
  const topicOptions = areaTopics
    .filter((tp) => !tp.parentId)
    .sort(byName)
    .flatMap((tp) => [
      { value: tp.id, label: tp.name },
      ...areaTopics
        .filter((sub) => sub.parentId === tp.id)
        .sort(byName)
        .map((sub) => ({ value: sub.id, label: `${tp.name} › ${sub.name}` })),
    ]);

  return (
    <Stack gap="sm">
      <Group gap="xs" role="group" aria-label={t('tickets.queues.label')} wrap="wrap">
        {(['', ...TICKET_QUEUES] as const).map((queue) => (
          <Button
            key={queue || 'all'}
            size="compact-md"
            variant={value.queue === queue ? 'filled' : 'default'}
            aria-pressed={value.queue === queue}
            onClick={() => onChange({ queue, sort: sortFor(queue, value) })}
          >
            {t(`tickets.queues.${queue || 'all'}`)}
          </Button>
        ))}
      </Group>

      <form
        role="search"
        aria-label={t('tickets.search.label')}
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ q: q.trim() });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput
            label={t('tickets.search.input')}
            description={t('tickets.search.hint')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            style={{ flex: 1 }}
            type="search"
            autoFocus={autoFocusSearch}
            {...{ [PAGE_SEARCH_ATTRIBUTE]: '' }}
          />
          <Button type="submit">{t('tickets.search.submit')}</Button>
        </Group>
      </form>

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4, lg: 7 }} spacing="sm">
        <NativeSelect
          label={t('tickets.fields.status')}
          value={value.status}
          onChange={(event) => onChange({ status: event.currentTarget.value })}
          data={[any, ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`enums.ticketStatus.${s}`) }))]}
        />
        <NativeSelect
          label={t('tickets.fields.type')}
          value={value.type}
          onChange={(event) => onChange({ type: event.currentTarget.value })}
          data={[any, ...TICKET_TYPES.map((s) => ({ value: s, label: t(`enums.ticketType.${s}`) }))]}
        />
        <NativeSelect
          label={t('tickets.fields.channel')}
          value={value.channel}
          onChange={(event) => onChange({ channel: event.currentTarget.value })}
          data={[any, ...CHANNELS.map((s) => ({ value: s, label: t(`enums.channel.${s}`) }))]}
        />
        <NativeSelect
          label={t('tickets.fields.area')}
          value={value.areaId}
          onChange={(event) => onChange({ areaId: event.currentTarget.value, topicId: '' })}
          data={[any, ...areas.slice().sort(byName).map((a) => ({ value: a.id, label: a.name }))]}
        />
        <NativeSelect
          label={t('tickets.fields.topic')}
          value={value.topicId}
          disabled={value.areaId === ''}
          onChange={(event) => onChange({ topicId: event.currentTarget.value })}
          data={[any, ...topicOptions]}
        />
        <NativeSelect
          label={t('tickets.fields.sla')}
          value={value.slaState}
          onChange={(event) => onChange({ slaState: event.currentTarget.value })}
          data={[any, ...SLA_STATES.map((s) => ({ value: s, label: t(`sla.state.${s}`) }))]}
        />
        <NativeSelect
          label={t('tickets.sort.label')}
          value={value.sort}
          onChange={(event) => {
            const sort = event.currentTarget.value;
            onChange({ sort: isOneOf(TICKET_SORTS, sort) ? sort : 'newest' });
          }}
          data={TICKET_SORTS.map((s) => ({ value: s, label: t(`tickets.sort.${s}`) }))}
        />
      </SimpleGrid>
    </Stack>
  );
}
