import type { OrganisationSettings } from '@/api/types';

import { http } from '../server';

/** The organisation of the tests: in Bogotá, speaking Spanish (the API's defaults). The test process runs elsewhere (vite.config.ts). */
export const ORGANISATION: OrganisationSettings = { timeZone: 'America/Bogota', language: 'es' };

/** GetOrganisationSettings (anonymous), which every page reads; `renderApp` adds it. */
export function organisationHandler(settings: OrganisationSettings = ORGANISATION) {
  return http.get('/api/directory/organisation', ({ response }) => response(200).json(settings));
}
