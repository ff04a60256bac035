import { Outlet } from 'react-router';

import { AppLayout } from '@/components/layouts/app-layout';
import { ProtectedRoute } from '@/lib/auth';

export default function AppRoot() {
  return (
    <ProtectedRoute>
      <AppLayout>
        <Outlet />
      </AppLayout>
    </ProtectedRoute>
  );
}
