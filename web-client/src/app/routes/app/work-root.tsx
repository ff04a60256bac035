import { Outlet } from 'react-router';

import { Forbidden } from '@/components/errors/forbidden';
import { useAuthorization } from '@/lib/authorization';

/** Intake, tickets and customers are for the staff who work tickets; others get "no access" (the API refuses too). */
export default function WorkRoot() {
  const { worksTickets } = useAuthorization();
  return worksTickets ? <Outlet /> : <Forbidden />;
}
