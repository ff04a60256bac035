import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';

import { isApiError } from '@/api/problem';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useTrackedTicket } from '@/features/public-requests/api/track-ticket';
import { TrackedTicketView } from '@/features/public-requests/components/tracked-ticket';

/** The tracking page of the emails' link: /seguimiento/{number}?token=… (no login; the token is the key). */
export default function TrackingRoute() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const tracked = useTrackedTicket(number, token);

  return (
    <AuthLayout size={640} showTimeZone>
      <PageHeader title={t('public.tracking.title', { number: number.toUpperCase() })} />
      {isApiError(tracked.error, 404) ? (
        <Alert color="orange" role="alert" title={t('public.tracking.notFoundTitle')}>
          {t('public.tracking.notFoundText')}{' '}
          <Anchor component={Link} to={paths.public.webRequest.getHref()}>
            {t('public.tracking.newRequest')}
          </Anchor>
        </Alert>
      ) : (
        <QueryState query={tracked}>{(ticket) => <TrackedTicketView tracked={ticket} token={token} />}</QueryState>
      )}
    </AuthLayout>
  );
}
