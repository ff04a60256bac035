import { Button, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Area } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { AreaForm } from '@/features/directory/components/area-form';
import { AreaTopics } from '@/features/directory/components/area-topics';
import { AreasTable } from '@/features/directory/components/areas-table';

type AreaDialog = { kind: 'create' } | { kind: 'edit'; area: Area };

export default function AreasRoute() {
  const { t } = useTranslation();
  const areas = useAreas({ includeInactive: true });
  const [dialog, setDialog] = useState<AreaDialog | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const list = areas.data ?? [];
  const selected = list.find((a) => a.id === selectedId) ?? list[0] ?? null;

  return (
    <Stack gap="xl">
      <PageHeader
        title={t('directory.title')}
        actions={<Button onClick={() => setDialog({ kind: 'create' })}>{t('directory.newArea')}</Button>}
      />
      <Stack component="section" aria-labelledby="areas-heading" gap="sm">
        <Title order={2} size="h3" id="areas-heading">
          {t('directory.areasHeading')}
        </Title>
        <QueryState query={areas}>
          {(loaded) => (
            <AreasTable
              areas={loaded}
              selectedAreaId={selected?.id ?? null}
              onSelect={(area) => setSelectedId(area.id)}
              onEdit={(area) => setDialog({ kind: 'edit', area })}
            />
          )}
        </QueryState>
      </Stack>

      {selected ? <AreaTopics key={selected.id} area={selected} /> : areas.isSuccess && list.length > 0 ? <Text>{t('directory.chooseArea')}</Text> : null}

      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog?.kind === 'edit' ? t('directory.editAreaTitle') : t('directory.createAreaTitle')}
      >
        {dialog ? (
          <AreaForm
            area={dialog.kind === 'edit' ? dialog.area : undefined}
            onDone={(area) => {
              setDialog(null);
              setSelectedId(area.id);
            }}
            onCancel={() => setDialog(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
