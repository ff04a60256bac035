import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/api/client';
import type { OrganisationSettings } from '@/api/types';
import { browserTimeZone, isKnownTimeZone } from '@/utils/format';

/** Query keys for the organisation's settings (public: they outlive a session). */
export const organisationKeys = {
  all: () => ['organisation'] as const,
  settings: () => [...organisationKeys.all(), 'settings'] as const,
};

/** GetOrganisationSettings (anonymous): the department's IANA time zone and language. */
export function getOrganisationSettings(): Promise<OrganisationSettings> {
  return unwrap(api.GET('/api/directory/organisation'));
}

/**
 * Read once per page load (the app prefetches it at start, the public pages too). The settings change only when the
 * API restarts with new ones; the API answers no-store, so this query is the only cache.
 */
export const getOrganisationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: organisationKeys.settings(),
    queryFn: getOrganisationSettings,
    staleTime: 60 * 60_000,
    gcTime: Infinity,
  });

export const useOrganisationSettings = () => useQuery(getOrganisationSettingsQueryOptions());

export interface DisplayZone {
  /** The IANA zone every instant is shown in. */
  timeZone: string;
  /** The reader's browser is in another zone: pages name the zone, detailed timestamps add its offset. */
  elsewhere: boolean;
}

/**
 * The zone to show instants in: the organisation's. Fallback: while its settings load (or if they cannot be read, or
 * this browser does not know the zone) the browser's own zone, which is what the page would show anyway; nothing is
 * named then. The settings are prefetched when the app starts, so the fallback rarely reaches the screen.
 */
export function useTimeZone(): DisplayZone {
  const settings = useOrganisationSettings();
  const browser = browserTimeZone();
  const organisation = settings.data?.timeZone;
  if (!organisation || !isKnownTimeZone(organisation)) return { timeZone: browser, elsewhere: false };
  return { timeZone: organisation, elsewhere: organisation !== browser };
}
