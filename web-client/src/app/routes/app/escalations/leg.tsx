import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';

import { isApiError } from '@/api/problem';
import type { ReviewEscalationResult } from '@/api/types';
import { Forbidden } from '@/components/errors/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useTopics } from '@/features/directory/api/get-topics';
import { useEscalation } from '@/features/escalations/api/get-escalation';
import { LegAnswerForm } from '@/features/escalations/components/leg-answer-form';
import { LegStatusBadge } from '@/features/escalations/components/leg-status-badge';
import { ReviewForm } from '@/features/escalations/components/review-form';
import { getTicketQueryOptions, useTicket } from '@/features/tickets/api/get-ticket';
import { useTicketTimeline } from '@/features/tickets/api/get-ticket-timeline';
import { TicketOverview } from '@/features/tickets/components/ticket-overview';
import { TicketTimeline } from '@/features/tickets/components/ticket-timeline';
import { paths } from '@/config/paths';
import { useAuthorization } from '@/lib/authorization';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';
import { topicPath } from '@/utils/topics';

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function LegTicket({ number, meId }: { number: string; meId: string }) {
  const { t } = useTranslation();
  const ticket = useTicket(number);
  const timeline = useTicketTimeline(number);
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const allAreas = areas.data ?? [];
  const allTopics = topics.data ?? [];
  if (!ticket.data) return <QueryState query={ticket} />;
  const current = ticket.data.ticket;
  return (
    <>
      <TicketOverview
        ticket={current}
        topic={topicPath(current.topicId, allAreas, allTopics)}
        assignee={current.assigneeId === null ? t('tickets.assign.nobodyShort') : t('tickets.assign.otherShort')}
      />
      <Panel title={t('timeline.title')}>
        <QueryState query={timeline}>
          {(events) => (
            <TicketTimeline
              events={events}
              meId={meId}
              label={t('timeline.label', { number: current.number })}
              topicName={(id) => topicPath(id, allAreas, allTopics)}
            />
          )}
        </QueryState>
      </Panel>
    </>
  );
}

/** The original request (subject and description) beside the area's answer. */
function ReviewTicket({ number }: { number: string }) {
  const { t } = useTranslation();
  const ticket = useTicket(number);
  if (!ticket.data) return <QueryState query={ticket} />;
  return (
    <Panel title={t('escalations.review.original')}>
      <Text fw={600}>{ticket.data.ticket.subject}</Text>
      <Text mt="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {ticket.data.ticket.description}
      </Text>
    </Panel>
  );
}

/** One leg: what the service desk asks, the ticket behind it (content and timeline), "Tomar" and the area's answer. */
export default function EscalationLegRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { user, worksEscalations, reviewsEscalations, answersLeg } = useAuthorization();
  const leg = useEscalation(id);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [rejected, setRejected] = useState(false);
  const { timeZone, elsewhere } = useTimeZone();
  if (!worksEscalations) return <Forbidden />;
  if (isApiError(leg.error, 404))
    return (
      <Stack>
        <PageHeader title={t('tickets.notFoundTitle')} />
        <Text>{t('escalations.leg.notFound')}</Text>
      </Stack>
    );
  if (!leg.data) return <QueryState query={leg} />;
  const current = leg.data;
  const meId = user?.id ?? '';

  const onReviewed = async (result: ReviewEscalationResult) => {
    // The ticket changed (back to open, or a new leg): reload it before anyone acts on it.
    await queryClient.invalidateQueries({ queryKey: getTicketQueryOptions(current.ticketNumber).queryKey });
    if (result.leg.status === 'accepted')
      await navigate(paths.app.tickets.detail.getHref(current.ticketNumber), { state: { draftReply: result.draftReply ?? result.leg.answer } });
    else setRejected(true);
  };

  if (current.status === 'answered' && reviewsEscalations)
    return (
      <Stack>
        <PageHeader title={t('escalations.leg.title', { number: current.ticketNumber })} actions={<LegStatusBadge status={current.status} />} />
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack>
              <Panel title={t('escalations.leg.request')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{current.reason}</Text>
              </Panel>
              <ReviewTicket number={current.ticketNumber} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Stack>
              <Panel title={t('escalations.leg.answerTitle')}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{current.answer}</Text>
              </Panel>
              <Panel title={t('escalations.review.title')}>
                <ReviewForm leg={current} onReviewed={onReviewed} />
              </Panel>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    );

  return (
    <Stack>
      <PageHeader title={t('escalations.leg.title', { number: current.ticketNumber })} actions={<LegStatusBadge status={current.status} />} />
      {rejected ? (
        <Alert color="orange" role="status">
          {t('escalations.review.rejected')}
        </Alert>
      ) : null}
      <Panel title={t('escalations.leg.request')}>
        <Stack gap={4}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{current.reason}</Text>
          <Text size="sm" c="gray.7">
            {t('escalations.ticket.round', { round: current.round })} · {t('escalations.ticket.due', { date: formatDateTime(current.dueAt, timeZone, { withOffset: elsewhere }) })}
          </Text>
          {current.responderId === meId ? <Text size="sm">{t('escalations.leg.assignedToYou')}</Text> : null}
        </Stack>
      </Panel>
      <Panel title={t('escalations.leg.answerTitle')}>
        {current.status === 'open' && answersLeg(current.areaId) ? (
          <LegAnswerForm leg={current} meId={meId} />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{current.answer ?? t('common.none')}</Text>
        )}
      </Panel>
      <LegTicket number={current.ticketNumber} meId={meId} />
    </Stack>
  );
}
