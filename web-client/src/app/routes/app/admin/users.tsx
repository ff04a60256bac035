import { Button, Modal, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { User } from '@/api/types';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { useAreas } from '@/features/directory/api/get-areas';
import { useUsers } from '@/features/users/api/get-users';
import { CreateUserForm } from '@/features/users/components/create-user-form';
import type { AreaOption } from '@/features/users/components/role-options';
import { UpdateUserForm } from '@/features/users/components/update-user-form';
import { UsersTable } from '@/features/users/components/users-table';

/** Users admin: composes the users feature with the directory's areas (for the areas picker). */
export default function UsersRoute() {
  const { t } = useTranslation();
  const users = useUsers();
  const areas = useAreas({ includeInactive: true });
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);

  const areaNames = useMemo(() => new Map((areas.data ?? []).map((a) => [a.id, a.name])), [areas.data]);
  const areaOptions: AreaOption[] = useMemo(
    () =>
      (areas.data ?? []).map((a) => ({
        value: a.id,
        label: a.active ? a.name : `${a.name} (${t('common.inactive')})`,
      })),
    [areas.data, t],
  );

  return (
    <Stack>
      <PageHeader title={t('users.title')} actions={<Button onClick={openCreate}>{t('users.new')}</Button>} />
      <QueryState query={users}>
        {(list) => (
          <UsersTable users={list} areaNames={areaNames} onEdit={setEditing} />
        )}
      </QueryState>

      <Modal opened={creating} onClose={closeCreate} title={t('users.createTitle')} size="lg">
        <CreateUserForm areaOptions={areaOptions} onDone={closeCreate} onCancel={closeCreate} />
      </Modal>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('users.editTitle')} size="lg">
        {editing ? (
          <UpdateUserForm
            key={editing.id}
            user={editing}
            areaOptions={areaOptions}
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
