import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type { TimelineEvent } from '@/api/types';
import {
  CHANNELS,
  PRIORITIES,
  RESOLUTION_TYPES,
  TICKET_STATUSES,
  TICKET_TYPES,
  VERIFICATION_CHECKS,
  isOneOf,
} from '@/config/pqrs';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import classes from './ticket.module.css';

interface TicketTimelineProps {
  events: readonly TimelineEvent[];
  meId: string;
  /** Topic names for "topic changed" events. */
  topicName: (id: string) => string | null;
  label: string;
}

type Kind = 'reply' | 'note' | 'customer' | 'other';

interface Described {
  title: string;
  detail?: string;
  body?: string;
  kind: Kind;
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
}

function text(data: unknown, name: string): string | null {
  const value = field(data, name);
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
}

function enumLabel(t: TFunction, value: string | null): string {
  if (value === null) return t('common.none');
  if (isOneOf(TICKET_STATUSES, value)) return t(`enums.ticketStatus.${value}`);
  return value;
}

const REASONS = { assigned: 'assigned', reply: 'reply', 'customer wrote back': 'customerWroteBack' } as const;

/** A readable sentence for each event type the API writes; unknown types show their name. */
export function describeEvent(event: TimelineEvent, t: TFunction, meId: string, topicName: (id: string) => string | null): Described {
  const data = event.data;
  switch (event.type) {
    case 'created': {
      const channel = text(data, 'channel');
      const type = text(data, 'type');
      return {
        kind: 'other',
        title: t('timeline.created'),
        detail: [
          isOneOf(TICKET_TYPES, type) ? t(`enums.ticketType.${type}`) : null,
          isOneOf(CHANNELS, channel) ? t(`enums.channel.${channel}`) : null,
        ]
          .filter(Boolean)
          .join(' · '),
      };
    }
    case 'field_changed': {
      const name = text(data, 'field');
      const show = (value: string | null) => {
        if (value === null || value === '') return t('common.none');
        if (name === 'type' && isOneOf(TICKET_TYPES, value)) return t(`enums.ticketType.${value}`);
        if (name === 'priority' && isOneOf(PRIORITIES, value)) return t(`enums.priority.${value}`);
        if (name === 'topicId') return topicName(value) ?? value;
        return value;
      };
      const label = name === 'type' || name === 'priority' || name === 'subject' || name === 'topicId' ? t(`timeline.fields.${name}`) : (name ?? '');
      return {
        kind: 'other',
        title: t('timeline.fieldChanged', { field: label }),
        detail: `${show(text(data, 'from'))} → ${show(text(data, 'to'))}`,
      };
    }
    case 'reply_added':
      return { kind: 'reply', title: t('timeline.reply'), body: text(data, 'body') ?? '' };
    case 'note_added':
      return { kind: 'note', title: t('timeline.note'), body: text(data, 'body') ?? '' };
    case 'customer_message':
      return { kind: 'customer', title: t('timeline.customerMessage'), body: text(data, 'body') ?? '' };
    case 'assigned': {
      const assignee = text(data, 'assigneeId');
      return {
        kind: 'other',
        title: assignee === null ? t('timeline.unassigned') : assignee === meId ? t('timeline.assignedToYou') : t('timeline.assigned'),
      };
    }
    case 'status_changed': {
      const reason = text(data, 'reason');
      const known = reason !== null && reason in REASONS ? REASONS[reason as keyof typeof REASONS] : null;
      return {
        kind: 'other',
        title: t('timeline.statusChanged', { from: enumLabel(t, text(data, 'from')), to: enumLabel(t, text(data, 'to')) }),
        detail: known ? t(`timeline.reasons.${known}`) : reason ? t('timeline.reason', { reason }) : undefined,
      };
    }
    case 'answered': {
      const resolution = text(data, 'resolutionType');
      const label = isOneOf(RESOLUTION_TYPES, resolution) ? t(`enums.resolutionType.${resolution}`) : (resolution ?? '');
      return {
        kind: 'other',
        title: t('timeline.answered', { resolution: label }),
        detail: field(data, 'atFirstContact') === true ? t('timeline.atFirstContact') : undefined,
      };
    }
    case 'identity_verified': {
      const checks = field(data, 'checks');
      const list = Array.isArray(checks)
        ? checks.map((c) => (typeof c === 'string' && isOneOf(VERIFICATION_CHECKS, c) ? t(`enums.verificationCheck.${c}`) : String(c))).join(', ')
        : '';
      return {
        kind: 'other',
        title: field(data, 'passed') === true ? t('timeline.verified') : t('timeline.verificationFailed'),
        detail: list,
      };
    }
    case 'email_sent':
      return {
        kind: 'other',
        title: t('timeline.emailSent', { to: text(data, 'to') ?? '' }),
        detail: text(data, 'subject') ?? undefined,
      };
    case 'attachment_added':
      return {
        kind: field(data, 'internal') === true ? 'note' : 'other',
        title: t(field(data, 'internal') === true ? 'timeline.internalAttachment' : 'timeline.attachment', {
          name: text(data, 'fileName') ?? '',
        }),
      };
    case 'recovery_opened':
      return { kind: 'other', title: t('timeline.recoveryOpened', { number: text(data, 'recoveryNumber') ?? '' }) };
    case 'opened_for_recovery': {
      const original = text(data, 'originalNumber');
      return {
        kind: 'other',
        title: t('timeline.openedForRecovery'),
        detail: original ? t('timeline.recoveryOf', { number: original }) : t('timeline.recoveryOfCold'),
      };
    }
    default:
      return { kind: 'other', title: event.type };
  }
}

const KIND_CLASS: Record<Kind, string | undefined> = {
  reply: classes.eventReply,
  note: classes.eventNote,
  customer: classes.eventCustomer,
  other: undefined,
};

/** Every event of the ticket, oldest first, as an ordered list. Internal notes are marked as such. */
export function TicketTimeline({ events, meId, topicName, label }: TicketTimelineProps) {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  if (events.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>;
  return (
    <ol className={classes.timeline} aria-label={label}>
      {events.map((event) => {
        const described = describeEvent(event, t, meId, topicName);
        return (
          <li key={String(event.seq)} className={[classes.event, KIND_CLASS[described.kind]].filter(Boolean).join(' ')}>
            <Group gap="xs" wrap="wrap">
              {described.kind === 'note' ? (
                <Badge color="yellow" variant="filled" autoContrast size="sm">
                  {t('tickets.note.badge')}
                </Badge>
              ) : null}
              {described.kind === 'reply' ? (
                <Badge color="blue" variant="light" size="sm">
                  {t('timeline.publicBadge')}
                </Badge>
              ) : null}
              <Text fw={600} size="sm">
                {described.title}
              </Text>
              <Text size="sm" c="dimmed">
                {event.actorName ?? t('timeline.system')} · <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, timeZone)}</time>
              </Text>
            </Group>
            {described.detail ? <Text size="sm">{described.detail}</Text> : null}
            {described.body !== undefined ? (
              <Text size="sm" className={classes.body}>
                {described.body}
              </Text>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
