import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useAssignTicket } from '../api/assign-ticket';
import type { VersionedTicket } from '../api/get-ticket';

import { ticketChangeError } from './change-error';

interface AssignPanelProps {
  versioned: VersionedTicket;
  meId: string;
  onStale: () => void;
}

/**
 * Take the ticket or put it back in the unassigned queue. Choosing another person needs a staff list
 * that only administrators can read today, so agents get these two actions.
 */
export function AssignPanel({ versioned, meId, onStale }: AssignPanelProps) {
  const { t } = useTranslation();
  const { ticket, etag } = versioned;
  const [failure, setFailure] = useState<string | null>(null);
  const assign = useAssignTicket(ticket.number, { onStale });

  const run = (assigneeId: string | null) => {
    setFailure(null);
    assign.mutate(
      { number: ticket.number, etag, body: { assigneeId } },
      {
        onError: (error) => {
          const result = ticketChangeError(error, t);
          if (!result.stale) setFailure(result.message);
        },
      },
    );
  };

  const mine = ticket.assigneeId === meId;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {mine ? t('tickets.assign.mine') : ticket.assigneeId ? t('tickets.assign.someoneElse') : t('tickets.assign.nobody')}
      </Text>
      <Group gap="xs">
        {mine ? null : (
          <Button size="compact-md" onClick={() => run(meId)} loading={assign.isPending && assign.variables.body.assigneeId === meId}>
            {t('tickets.assign.toMe')}
          </Button>
        )}
        {ticket.assigneeId ? (
          <Button size="compact-md" variant="default" onClick={() => run(null)} loading={assign.isPending && assign.variables.body.assigneeId === null}>
            {t('tickets.assign.unassign')}
          </Button>
        ) : null}
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}
    </Stack>
  );
}
