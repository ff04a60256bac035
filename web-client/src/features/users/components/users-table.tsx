import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { User } from '@/api/types';
import { isRole } from '@/config/roles';

interface UsersTableProps {
  users: User[];
  /** Area id → name, for showing a user's areas. */
  areaNames: ReadonlyMap<string, string>;
  onEdit: (user: User) => void;
}

export function UsersTable({ users, areaNames, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  if (users.length === 0) return <Text c="dimmed">{t('users.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('users.tableCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.displayName')}</Table.Th>
            <Table.Th scope="col">{t('users.email')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.areas')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.displayName}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.roles.map((role) => (
                    <Badge key={role} variant="light" size="sm">
                      {isRole(role) ? t(`roles.${role}`) : role}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {user.areaIds.length === 0
                  ? t('common.none')
                  : user.areaIds.map((id) => areaNames.get(id) ?? id).join(', ')}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={user.active ? 'green' : 'gray'} variant="light" size="sm">
                    {user.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  aria-label={t('users.editUser', { name: user.displayName })}
                  onClick={() => onEdit(user)}
                >
                  {t('common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
