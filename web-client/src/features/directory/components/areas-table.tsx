import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { Area } from '@/api/types';

interface AreasTableProps {
  areas: Area[];
  selectedAreaId: string | null;
  onSelect: (area: Area) => void;
  onEdit: (area: Area) => void;
}

export function AreasTable({ areas, selectedAreaId, onSelect, onEdit }: AreasTableProps) {
  const { t } = useTranslation();
  if (areas.length === 0) return <Text c="dimmed">{t('directory.emptyAreas')}</Text>;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover aria-label={t('directory.areasCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('directory.code')}</Table.Th>
            <Table.Th scope="col">{t('directory.name')}</Table.Th>
            <Table.Th scope="col">{t('directory.managerEmail')}</Table.Th>
            <Table.Th scope="col">{t('directory.status')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {areas.map((area) => {
            const selected = area.id === selectedAreaId;
            return (
              <Table.Tr key={area.id} bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
                <Table.Td>{area.code}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {area.name}
                </Table.Th>
                <Table.Td>{area.managerEmail ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <Badge color={area.active ? 'green' : 'gray'} variant="light" size="sm">
                    {area.active ? t('common.active') : t('common.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      variant={selected ? 'filled' : 'light'}
                      size="compact-sm"
                      aria-pressed={selected}
                      aria-label={t('directory.showTopics', { name: area.name })}
                      onClick={() => onSelect(area)}
                    >
                      {t('directory.topics')}
                    </Button>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('directory.editArea', { name: area.name })}
                      onClick={() => onEdit(area)}
                    >
                      {t('common.edit')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
