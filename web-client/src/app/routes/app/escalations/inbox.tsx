import { Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { Forbidden } from '@/components/errors/forbidden';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useEscalations, type EscalationFilter } from '@/features/escalations/api/get-escalations';
import { EscalationsTable } from '@/features/escalations/components/escalations-table';
import { useAuthorization } from '@/lib/authorization';

function Inbox({ status }: EscalationFilter) {
  const { t } = useTranslation();
  const legs = useEscalations({ status });
  const areas = useAreas({ includeInactive: true });
  if (!legs.data) return <QueryState query={legs} />;
  return (
    <EscalationsTable
      legs={legs.data.items}
      areas={areas.data ?? []}
      label={status === 'open' ? t('escalations.inbox.openLabel') : t('escalations.inbox.toReviewLabel')}
    />
  );
}

/** The area inbox: open legs of my areas, oldest due first; back office also has "Por revisar" (answered legs). */
export default function EscalationsInboxRoute() {
  const { t } = useTranslation();
  const { worksEscalations, reviewsEscalations } = useAuthorization();
  const [search, setSearch] = useSearchParams();
  if (!worksEscalations) return <Forbidden />;
  const tab = reviewsEscalations && search.get('status') === 'answered' ? 'answered' : 'open';

  return (
    <Stack>
      <PageHeader title={t('escalations.inbox.title')} />
      {reviewsEscalations ? (
        <Tabs value={tab} onChange={(value) => setSearch(value === 'answered' ? { status: 'answered' } : {})}>
          <Tabs.List>
            <Tabs.Tab value="open">{t('escalations.inbox.open')}</Tabs.Tab>
            <Tabs.Tab value="answered">{t('escalations.inbox.toReview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value={tab} pt="md">
            <Inbox status={tab} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        <Inbox status="open" />
      )}
    </Stack>
  );
}
