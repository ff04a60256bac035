import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { PageHeader } from '@/components/ui/page-header';
import { useAreas } from '@/features/directory/api/get-areas';
import { useTopics } from '@/features/directory/api/get-topics';
import { MatrixAdmin } from '@/features/escalations/components/matrix-admin';
import { topicPath } from '@/utils/topics';

/** Admin: the escalation matrix (which area answers each topic, its OLA and next level). */
export default function EscalationMatrixRoute() {
  const { t } = useTranslation();
  const areas = useAreas({ includeInactive: true });
  const topics = useTopics({ includeInactive: true });
  const allAreas = areas.data ?? [];
  const allTopics = topics.data ?? [];
  return (
    <Stack>
      <PageHeader title={t('escalations.matrix.title')} />
      <MatrixAdmin areas={allAreas} topics={allTopics} topicName={(id) => topicPath(id, allAreas, allTopics) ?? id} />
    </Stack>
  );
}
