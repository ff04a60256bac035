import { Button, Modal, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { EscalationMatrixRow } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useStaff } from '@/features/directory/api/get-staff';
import { useTopics } from '@/features/directory/api/get-topics';
import { StaffSelect } from '@/features/directory/components/staff-select';
import { useEscalationMatrix } from '@/features/escalations/api/get-escalation-matrix';
import { DeleteMatrixRowDialog } from '@/features/escalations/components/delete-matrix-row-dialog';
import { MatrixRowForm, type ResponderPickerProps } from '@/features/escalations/components/matrix-row-form';
import { MatrixTable } from '@/features/escalations/components/matrix-table';
import { topicPath } from '@/utils/topics';

type RowDialog = { kind: 'create' } | { kind: 'edit'; row: EscalationMatrixRow };

const responderPicker = (props: ResponderPickerProps) => <StaffSelect {...props} />;

/**
 * Admin: the escalation matrix (which area answers each topic, its default responder, next level and OLA), with add,
 * edit and remove. Composes the escalations feature with the directory's areas, topics and staff (the responder picker).
 */
export default function EscalationMatrixRoute() {
  const { t } = useTranslation();
  const matrix = useEscalationMatrix();
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const staff = useStaff();
  const [dialog, setDialog] = useState<RowDialog | null>(null);
  const [deleting, setDeleting] = useState<EscalationMatrixRow | null>(null);

  const allAreas = useMemo(() => areas.data ?? [], [areas.data]);
  const allTopics = useMemo(() => topics.data ?? [], [topics.data]);
  const staffNames = useMemo(() => new Map((staff.data ?? []).map((m) => [m.id, m.displayName])), [staff.data]);
  const topicName = (id: string) => topicPath(id, allAreas, allTopics) ?? id;
  const areaName = (id: string) => allAreas.find((a) => a.id === id)?.name ?? t('common.none');

  return (
    <Stack>
      <PageHeader title={t('escalations.matrix.title')} actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('escalations.matrix.newRow')}</Button>} />
      <QueryState query={matrix}>
        {(rows) => (
          <MatrixTable
            rows={rows}
            topicName={topicName}
            areaName={areaName}
            responderName={(id) => staffNames.get(id) ?? null}
            onEdit={(row) => setDialog({ kind: 'edit', row })}
            onDelete={setDeleting}
          />
        )}
      </QueryState>

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'edit' ? t('escalations.matrix.editTitle') : t('escalations.matrix.createTitle')}
        size="lg"
      >
        {dialog ? (
          <MatrixRowForm
            key={dialog.kind === 'edit' ? dialog.row.id : 'new'}
            row={dialog.kind === 'edit' ? dialog.row : undefined}
            areas={allAreas}
            topics={allTopics}
            topicName={topicName}
            renderResponderPicker={responderPicker}
            onDone={() => setDialog(null)}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Modal>
      <DeleteMatrixRowDialog row={deleting} topicName={topicName} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
