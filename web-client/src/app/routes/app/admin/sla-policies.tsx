import { Button, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SlaPolicy } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useTopics } from '@/features/directory/api/get-topics';
import { useCalendars } from '@/features/sla/api/get-calendars';
import { usePolicies } from '@/features/sla/api/get-policies';
import { PoliciesTable } from '@/features/sla/components/policies-table';
import { PolicyForm } from '@/features/sla/components/policy-form';
import { RetirePolicyDialog } from '@/features/sla/components/retire-policy-dialog';
import { topicPath } from '@/utils/topics';

type PolicyDialog = { kind: 'create' } | { kind: 'edit'; policy: SlaPolicy };

/**
 * Admin: the SLA policies in force (conditions, targets, threshold, version), with create, edit (a new version for new
 * tickets) and retire. Composes the SLA feature with the directory's topics (the condition on topics) and areas.
 */
export default function SlaPoliciesRoute() {
  const { t } = useTranslation();
  const policies = usePolicies();
  const calendars = useCalendars();
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const [dialog, setDialog] = useState<PolicyDialog | null>(null);
  const [retiring, setRetiring] = useState<SlaPolicy | null>(null);

  const allAreas = useMemo(() => areas.data ?? [], [areas.data]);
  const allTopics = useMemo(() => topics.data ?? [], [topics.data]);
  const topicName = (id: string) => topicPath(id, allAreas, allTopics) ?? t('sla.policies.unknownTopic');
  const calendarName = (id: string) => calendars.data?.find((c) => c.id === id)?.name ?? null;
  // Inactive topics are not offered, except those a policy being edited already names.
  const keep = dialog?.kind === 'edit' ? (dialog.policy.conditions.topicIds ?? []) : [];
  const topicOptions = allTopics
    .filter((tp) => tp.active || keep.includes(tp.id))
    .map((tp) => ({ value: tp.id, label: topicName(tp.id) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <Stack>
      <PageHeader title={t('sla.policies.title')} actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('sla.policies.new')}</Button>} />
      <QueryState query={policies}>
        {(current) => (
          <PoliciesTable
            policies={current}
            topicName={topicName}
            calendarName={calendarName}
            onEdit={(policy) => setDialog({ kind: 'edit', policy })}
            onRetire={setRetiring}
          />
        )}
      </QueryState>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'edit' ? t('sla.policies.editTitle') : t('sla.policies.createTitle')}
        size="xl"
      >
        {dialog ? (
          <QueryState query={calendars}>
            {(calendarList) => (
              <PolicyForm
                key={dialog.kind === 'edit' ? dialog.policy.versionId : 'new'}
                policy={dialog.kind === 'edit' ? dialog.policy : undefined}
                calendars={calendarList}
                topicOptions={topicOptions}
                onDone={() => setDialog(null)}
                onCancel={() => setDialog(null)}
              />
            )}
          </QueryState>
        ) : null}
      </Modal>
      <RetirePolicyDialog policy={retiring} onClose={() => setRetiring(null)} />
    </Stack>
  );
}
