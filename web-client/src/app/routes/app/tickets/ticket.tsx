import { Alert, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';

import { isApiError } from '@/api/problem';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { VerifyIdentityForm } from '@/features/customers/components/verify-identity-form';
import { ResolutionDue } from '@/features/sla/components/resolution-due';
import { TicketSlaPanel } from '@/features/sla/components/ticket-sla-panel';
import { useTopics } from '@/features/directory/api/get-topics';
import { EscalateButton } from '@/features/escalations/components/escalate-dialog';
import { TicketEscalations } from '@/features/escalations/components/ticket-escalations';
import { getTicketQueryOptions, useTicket } from '@/features/tickets/api/get-ticket';
import { useTicketTimeline } from '@/features/tickets/api/get-ticket-timeline';
import { AssignPanel } from '@/features/tickets/components/assign-panel';
import { AttachmentsPanel } from '@/features/tickets/components/attachments-panel';
import { IdentityPendingAlert } from '@/features/tickets/components/identity-pending-alert';
import { EditTicketForm } from '@/features/tickets/components/edit-ticket-form';
import { StatusForm } from '@/features/tickets/components/status-form';
import { TicketComposer } from '@/features/tickets/components/ticket-composer';
import { TicketOverview } from '@/features/tickets/components/ticket-overview';
import { TicketTimeline } from '@/features/tickets/components/ticket-timeline';
import { useAuthorization } from '@/lib/authorization';
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

/**
 * One ticket: its facts, the composer (reply, internal note, final answer), assignment, state,
 * re-typing, attachments, and the timeline. Changes send If-Match with the ETag of the last read;
 * a 412 means another agent changed it: the page says so and shows the reloaded ticket.
 * Quality auditors and managers read it all and get none of the forms (README, "Permissions").
 */
export default function TicketRoute() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const { user, writesTickets } = useAuthorization();
  const ticket = useTicket(number);
  const timeline = useTicketTimeline(number);
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const [stale, setStale] = useState(false);
  const queryClient = useQueryClient();
  // After accepting an escalation answer, the review screen sends its draft reply here.
  const { state } = useLocation() as { state: { draftReply?: string | null } | null };
  const draftAnswer = state?.draftReply ?? null;

  if (isApiError(ticket.error, 404))
    return (
      <Stack>
        <PageHeader title={t('tickets.notFoundTitle')} />
        <Text>{t('tickets.notFoundText', { number })}</Text>
      </Stack>
    );
  if (!ticket.data) return <QueryState query={ticket} />;

  const versioned = ticket.data;
  const current = versioned.ticket;
  const meId = user?.id ?? '';
  const allAreas = areas.data ?? [];
  const allTopics = topics.data ?? [];
  const onStale = () => setStale(true);
  const assignee = current.assigneeId === null ? t('tickets.assign.nobodyShort') : current.assigneeId === meId ? t('tickets.assign.you') : t('tickets.assign.otherShort');

  return (
    <Stack>
      <PageHeader
        title={current.number}
        actions={
          writesTickets ? (
            <EscalateButton
              number={current.number}
              areas={allAreas}
              disabled={current.status === 'closed'}
              // The ticket (and its timeline, under its key) changed: escalated, with a new version.
              onEscalated={() => queryClient.invalidateQueries({ queryKey: getTicketQueryOptions(current.number).queryKey })}
              renderSla={() => <ResolutionDue number={current.number} version={current.version} />}
            />
          ) : null
        }
      />
      {stale ? (
        <Alert color="orange" role="alert" withCloseButton closeButtonLabel={t('common.close')} onClose={() => setStale(false)} title={t('tickets.stale')}>
          {t('tickets.staleHint')}
        </Alert>
      ) : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <TicketOverview ticket={current} topic={topicPath(current.topicId, allAreas, allTopics)} assignee={assignee} />
            {current.identityPending && current.customer.id ? (
              <IdentityPendingAlert ticket={current}>
                {writesTickets ? (
                  <VerifyIdentityForm
                    customerId={current.customer.id}
                    ticketId={current.id}
                    // A passed verification ends the wait: the ticket (and its timeline) changed.
                    onRecorded={() => void queryClient.invalidateQueries({ queryKey: getTicketQueryOptions(current.number).queryKey })}
                  />
                ) : null}
              </IdentityPendingAlert>
            ) : null}
            {writesTickets ? (
              <Panel title={t('tickets.composer.title')}>
                <TicketComposer versioned={versioned} onStale={onStale} draftAnswer={draftAnswer} />
              </Panel>
            ) : null}
            <Panel title={t('escalations.ticket.title')}>
              <TicketEscalations number={current.number} areas={allAreas} />
            </Panel>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Panel title={t('sla.ticket.title')}>
              <TicketSlaPanel number={current.number} version={current.version} areaName={(id) => allAreas.find((a) => a.id === id)?.name ?? null} />
            </Panel>
            {writesTickets ? (
              <>
                <Panel title={t('tickets.assign.title')}>
                  <AssignPanel versioned={versioned} meId={meId} onStale={onStale} />
                </Panel>
                <Panel title={t('tickets.status.title')}>
                  <StatusForm key={current.version} versioned={versioned} onStale={onStale} />
                </Panel>
                <Panel title={t('tickets.edit.title')}>
                  <EditTicketForm key={current.version} versioned={versioned} areas={allAreas} topics={allTopics} onStale={onStale} />
                </Panel>
              </>
            ) : null}
            <Panel title={t('tickets.attachments.title')}>
              <AttachmentsPanel ticket={current} canUpload={writesTickets} />
            </Panel>
          </Stack>
        </Grid.Col>
      </Grid>
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
    </Stack>
  );
}
