import { Outlet } from 'react-router';

import { Forbidden } from '@/components/errors/forbidden';
import { useAuthorization } from '@/lib/authorization';

/** Intake, tickets and customers are for the staff who read tickets; others get "no access" (the API refuses too). */
export default function WorkRoot() {
  const { readsTickets } = useAuthorization();
  return readsTickets ? <Outlet /> : <Forbidden />;
}
