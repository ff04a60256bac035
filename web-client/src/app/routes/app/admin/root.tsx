import { Outlet } from 'react-router';

import { Forbidden } from '@/components/errors/forbidden';
import { Authorization } from '@/lib/authorization';

/** Every /app/admin page is for administrators; others get a "no access" page (the API refuses too). */
export default function AdminRoot() {
  return (
    <Authorization role="admin" forbiddenFallback={<Forbidden />}>
      <Outlet />
    </Authorization>
  );
}
