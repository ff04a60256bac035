import { Outlet } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { NoticesBell } from '@/features/notices/components/notices-bell';
import { ProtectedRoute } from '@/lib/auth';

export default function AppRoot() {
  return (
    <ProtectedRoute>
      <AppLayout headerActions={<NoticesBell />}>
        <Outlet />
      </AppLayout>
    </ProtectedRoute>
  );
}
