import { Button, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CHANNELS, SLA_STATES, TICKET_QUEUES, TICKET_SORTS, TICKET_STATUSES, TICKET_TYPES, isOneOf } from '@/config/pqrs';
import { useAreas } from '@/features/directory/api/get-areas';
import { useTopics } from '@/features/directory/api/get-topics';
import type { TicketFilter } from '@/features/tickets/api/keys';
import { TicketFilters, type TicketListState } from '@/features/tickets/components/ticket-filters';
import { TicketsTable } from '@/features/tickets/components/tickets-table';
import { useAuthorization } from '@/lib/authorization';

const KEYS = ['queue', 'status', 'type', 'channel', 'areaId', 'topicId', 'slaState', 'q', 'sort'] as const;

function readState(params: URLSearchParams): TicketListState {
  const get = (key: string) => params.get(key) ?? '';
  return {
    queue: isOneOf(TICKET_QUEUES, get('queue')) ? (get('queue') as TicketListState['queue']) : '',
    status: isOneOf(TICKET_STATUSES, get('status')) ? get('status') : '',
    type: isOneOf(TICKET_TYPES, get('type')) ? get('type') : '',
    channel: isOneOf(CHANNELS, get('channel')) ? get('channel') : '',
    areaId: get('areaId'),
    topicId: get('topicId'),
    slaState: isOneOf(SLA_STATES, get('slaState')) ? get('slaState') : '',
    q: get('q'),
    sort: isOneOf(TICKET_SORTS, get('sort')) ? (get('sort') as TicketListState['sort']) : 'newest',
  };
}

function toFilter(state: TicketListState): TicketFilter {
  const filter: TicketFilter = { sort: state.sort };
  if (state.queue) filter.queue = state.queue;
  if (state.status) filter.status = state.status;
  if (state.type) filter.type = state.type;
  if (state.channel) filter.channel = state.channel;
  if (state.topicId) filter.topicId = state.topicId;
  else if (state.areaId) filter.areaId = state.areaId;
  if (state.slaState) filter.slaState = state.slaState;
  if (state.q) filter.q = state.q;
  return filter;
}

/** The ticket list: saved queues, search and filters live in the URL, so a view can be bookmarked and shared. */
export default function TicketsRoute() {
  const { t } = useTranslation();
  const { writesTickets } = useAuthorization();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const state = useMemo(() => readState(params), [params]);
  const filter = useMemo(() => toFilter(state), [state]);
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const focusSearch = (location.state as { focusSearch?: boolean } | null)?.focusSearch === true;

  const change = (next: Partial<TicketListState>) => {
    const merged = { ...state, ...next };
    const search = new URLSearchParams();
    for (const key of KEYS) {
      const value = merged[key];
      if (value && !(key === 'sort' && value === 'newest')) search.set(key, value);
    }
    setParams(search, { replace: false });
  };

  return (
    <Stack>
      <PageHeader
        title={t('tickets.list.title')}
        actions={
          writesTickets ? (
            <Button component={Link} to={paths.app.intake.getHref()}>
              {t('nav.intake')}
            </Button>
          ) : null
        }
      />
      <TicketFilters value={state} onChange={change} areas={areas.data ?? []} topics={topics.data ?? []} autoFocusSearch={focusSearch} />
      <TicketsTable filter={filter} caption={t('tickets.list.caption')} />
    </Stack>
  );
}
