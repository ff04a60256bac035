import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { SlaPreviewQuery } from '@/api/types';
import { useTimeZone } from '@/lib/organisation';
import { formatDue } from '@/utils/format';

import { usePreviewSla } from '../api/preview-sla';

/** The facts of a case being typed that decide its SLA (what PreviewSla takes). */
export interface CaseFacts {
  /** '' until the agent chooses it; nothing is promised without a type. */
  type: string;
  channel: string;
  priority: string;
  topicId: string | null;
  /** The customer's segment, when the customer is known. */
  segment?: string | null;
}

function previewQuery(facts: CaseFacts): SlaPreviewQuery | null {
  if (facts.type === '') return null;
  return {
    type: facts.type,
    channel: facts.channel,
    priority: facts.priority,
    ...(facts.topicId ? { topicId: facts.topicId } : {}),
    ...(facts.segment ? { segment: facts.segment } : {}),
  };
}

/**
 * At intake: the answer date the agent can promise the customer, as the SLA policy that would apply to this case says
 * (PreviewSla, asked again whenever type, channel, priority or topic change). The date is told in the organisation's
 * zone, which it names, whatever the agent's computer says. "Respuesta prometida" is the resolution due (the final
 * answer); the first contact due comes below. A live region, so a screen reader hears the new date when a choice
 * changes it.
 */
export function PromisedResponse(facts: CaseFacts) {
  const { t } = useTranslation();
  const query = previewQuery(facts);
  const preview = usePreviewSla(query);
  const { timeZone } = useTimeZone();
  const inZone = (iso: string) => t('sla.preview.zone', { date: formatDue(iso, timeZone), zone: timeZone });

  let content: React.ReactNode;
  if (query === null) content = <Text size="sm" c="dimmed">{t('sla.preview.chooseType')}</Text>;
  else if (preview.isPending) content = <Text size="sm">{t('sla.preview.loading')}</Text>;
  else if (preview.isError) content = <Text size="sm" c="red.9">{t('sla.preview.error')}</Text>;
  else {
    const { policyName, firstResponseDueAt, resolutionDueAt } = preview.data;
    const promised = resolutionDueAt ?? firstResponseDueAt;
    content =
      policyName && promised ? (
        <Stack gap={4}>
          <Text fw={700} data-testid="promised-response">
            {t('sla.preview.promised', { date: inZone(promised) })}
          </Text>
          {resolutionDueAt && firstResponseDueAt ? <Text size="sm">{t('sla.preview.firstResponse', { date: inZone(firstResponseDueAt) })}</Text> : null}
          <Text size="sm" c="dimmed">
            {t('sla.preview.policy', { name: policyName })}
          </Text>
        </Stack>
      ) : (
        <Text size="sm">{t('sla.preview.noPolicy')}</Text>
      );
  }

  return (
    <Paper withBorder p="sm" bg="blue.0">
      <Text size="sm" fw={600} mb={4}>
        {t('sla.preview.title')}
      </Text>
      <div role="status" aria-live="polite">
        {content}
      </div>
    </Paper>
  );
}
