import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { safeRedirect } from '@/config/paths';
import { useTimeZone } from '@/lib/organisation';
import { formatDateTime } from '@/utils/format';

import { useUnreadNotices } from '../api/get-unread-notices';
import { useMarkNoticeRead } from '../api/mark-notice-read';

/** The header's notices: how many are unread; each opens its link (same-site only) and is marked read. */
export function NoticesBell() {
  const { t } = useTranslation();
  const { timeZone } = useTimeZone();
  const notices = useUnreadNotices();
  const markRead = useMarkNoticeRead();
  const navigate = useNavigate();
  const items = notices.data ?? [];

  return (
    <Menu position="bottom-end" width={320}>
      <Menu.Target>
        <Button variant={items.length > 0 ? 'light' : 'subtle'} size="compact-sm" aria-label={t('notices.button', { count: items.length })}>
          {t('notices.short', { count: items.length })}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.length === 0 ? (
          <Text size="sm" p="sm">
            {t('notices.empty')}
          </Text>
        ) : (
          items.map((notice) => (
            <Menu.Item
              key={notice.id}
              onClick={() => {
                markRead.mutate(notice.id);
                if (notice.link) void navigate(safeRedirect(notice.link));
              }}
            >
              <Text size="sm" fw={600}>
                {notice.title}
              </Text>
              {/* A digest lists one case a line; long ones are cut here and read in full at their link. */}
              <Text size="xs" style={{ whiteSpace: 'pre-line' }} lineClamp={8}>
                {notice.body}
              </Text>
              <Text size="xs" c="gray.7">
                {formatDateTime(notice.createdAt, timeZone)}
              </Text>
            </Menu.Item>
          ))
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
