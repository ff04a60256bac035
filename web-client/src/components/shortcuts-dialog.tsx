import { Kbd, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { setShortcutsEnabled, useShortcutsEnabled } from '@/lib/shortcuts';

/** Every keyboard shortcut of the staff app; the keys are handled by the shell and the ticket page. */
export const SHORTCUTS = [
  { key: 'n', action: 'newTicket' },
  { key: '/', action: 'search' },
  { key: 'r', action: 'reply' },
  { key: 'i', action: 'note' },
  { key: '?', action: 'help' },
] as const;

interface ShortcutsDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** The list of shortcuts, and the switch that turns single-key shortcuts off (WCAG 2.1.4). */
export function ShortcutsDialog({ opened, onClose }: ShortcutsDialogProps) {
  const { t } = useTranslation();
  const enabled = useShortcutsEnabled();
  const hintId = useId();
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')}>
      <Stack>
        <div>
          <Switch
            label={t('shortcuts.enabled')}
            aria-describedby={hintId}
            checked={enabled}
            onChange={(event) => setShortcutsEnabled(event.currentTarget.checked)}
          />
          <Text id={hintId} size="xs" c="dimmed" mt={4}>
            {t('shortcuts.enabledHint')}
          </Text>
        </div>
        <Table aria-label={t('shortcuts.tableCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('shortcuts.key')}</Table.Th>
              <Table.Th scope="col">{t('shortcuts.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SHORTCUTS.map(({ key, action }) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw="normal">
                  <Kbd>{key}</Kbd>
                </Table.Th>
                <Table.Td>{t(`shortcuts.actions.${action}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
