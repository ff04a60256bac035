import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import type { SlaClock } from '@/api/types';
import { setLanguage } from '@/lib/i18n';
import { agent } from '@/testing/fixtures/directory';
import { aTicket } from '@/testing/fixtures/desk';
import { slaIds } from '@/testing/fixtures/sla';
import { directoryHandlers } from '@/testing/handlers/directory';
import { ticketOnFile, ticketPageHandlers } from '@/testing/handlers/tickets';
import { http, problem } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';
import { browserTimeZone } from '@/utils/format';

import type { RequestHandler } from 'msw';

const NUMBER = 'PQRS-2026-000001';

function clock(partial: Pick<SlaClock, 'id' | 'kind' | 'state'> & Partial<SlaClock>): SlaClock {
  return {
    round: 1,
    legId: null,
    areaId: null,
    atRisk: false,
    target: { kind: 'business_days', amount: 15, calendarId: slaIds.legal },
    warningPercent: 75,
    startedAt: '2026-03-01T13:00:00Z',
    dueAt: null,
    warnAt: null,
    stoppedAt: null,
    breachedAt: null,
    targetSeconds: 15 * 86400,
    elapsedSeconds: 86400,
    remainingSeconds: 14 * 86400,
    ...partial,
  };
}

/**
 * Filed at 13:00 UTC (08:00 in Bogotá, 22:00 in Tokyo); first response given the next day at 13:00 UTC; resolution
 * due at 04:59:59 UTC on 20 March (Thursday 19, 23:59 in Bogotá; Friday 20, 13:59 in Tokyo).
 */
function openTicket(options: { organisation?: { timeZone: string; language: string }; handlers?: RequestHandler[] } = {}) {
  const file = ticketOnFile(aTicket({ createdAt: '2026-03-01T13:00:00Z', slaState: 'running', slaDueAt: '2026-03-20T04:59:59Z' }), {
    sla: {
      number: NUMBER,
      policyId: slaIds.lawPolicy,
      policyName: 'Ley 1755: peticiones, quejas y reclamos',
      policyVersion: 1,
      state: 'running',
      clocks: [
        clock({ id: 'c1', kind: 'first_response', state: 'met', stoppedAt: '2026-03-02T13:00:00Z', dueAt: '2026-03-02T20:00:00Z' }),
        clock({ id: 'c2', kind: 'resolution', state: 'running', dueAt: '2026-03-20T04:59:59Z' }),
      ],
    },
  });
  return renderApp(`/app/tickets/${NUMBER}`, {
    signedInAs: agent,
    organisation: options.organisation,
    handlers: [...(options.handlers ?? []), ...ticketPageHandlers(file), ...directoryHandlers()],
  });
}

/** The value next to a term of a description list (<dt>, then its <dd>). */
function described(term: string, scope: HTMLElement = document.body): string {
  return within(scope).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? '';
}

/** The SLA panel's clocks: first response and resolution. */
async function clocks() {
  const panel = await screen.findByRole('region', { name: 'SLA' });
  const [first, resolution] = await within(panel).findAllByRole('listitem');
  return { first: first!, resolution: resolution! };
}

describe('ticket page: every instant in the organisation’s zone', () => {
  it('shows the creation time and the SLA due times in the organisation’s zone, with its offset, and names the zone', async () => {
    // The organisation is in Bogotá (the default answer); this browser is in Tokyo (vite.config.ts).
    expect(browserTimeZone()).toBe('Asia/Tokyo');
    openTicket();
    await screen.findByRole('heading', { level: 1, name: NUMBER });

    await waitFor(() => expect(described('Radicado')).toMatch(/^1\/03\/2026, 8:00\sa\.\sm\. \(GMT-5\)$/));
    const { first, resolution } = await clocks();
    expect(described('Se detuvo', first)).toMatch(/^2\/03\/2026, 8:00\sa\.\sm\. \(GMT-5\)$/);
    expect(described('Vence', resolution)).toMatch(/^jueves, 19 de marzo de 2026, 11:59\sp\.\sm\. \(GMT-5\)$/);

    // One statement for the whole page, at the foot of the navigation.
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).getByText('Horas en America/Bogota (GMT-5)')).toBeInTheDocument();
    expect(screen.getAllByText(/^Horas en /)).toHaveLength(1);
  });

  it('says it in English too', async () => {
    await setLanguage('en');
    openTicket();
    await screen.findByRole('heading', { level: 1, name: NUMBER });
    await waitFor(() => expect(described('Filed')).toMatch(/^Mar 1, 2026, 8:00\sAM \(GMT-5\)$/));
    const { resolution } = await clocks();
    expect(described('Due', resolution)).toMatch(/^Thursday, March 19, 2026(,| at) 11:59\sPM \(GMT-5\)$/);
    expect(screen.getByText('Times in America/Bogota (GMT-5)')).toBeInTheDocument();
  });

  it('names nothing when the reader is in the organisation’s zone', async () => {
    const { requests } = openTicket({ organisation: { timeZone: 'Asia/Tokyo', language: 'es' } });
    await screen.findByRole('heading', { level: 1, name: NUMBER });
    await waitFor(() => expect(requests.to('GET', '/api/directory/organisation')).toHaveLength(1));

    await waitFor(() => expect(described('Radicado')).toMatch(/^1\/03\/2026, 10:00\sp\.\sm\.$/));
    const { resolution } = await clocks();
    expect(described('Vence', resolution)).toMatch(/^viernes, 20 de marzo de 2026, 1:59\sp\.\sm\.$/);
    expect(screen.queryByTestId('time-zone-note')).not.toBeInTheDocument();
  });

  it('falls back to the browser’s zone, naming nothing, when the settings cannot be read', async () => {
    const failing = http.get('/api/directory/organisation', ({ response }) =>
      response.untyped(HttpResponse.json(problem(500), { status: 500 })),
    );
    const { requests } = openTicket({ handlers: [failing] });
    await screen.findByRole('heading', { level: 1, name: NUMBER });
    await waitFor(() => expect(requests.to('GET', '/api/directory/organisation').length).toBeGreaterThan(0));

    expect(described('Radicado')).toMatch(/^1\/03\/2026, 10:00\sp\.\sm\.$/);
    expect(screen.queryByTestId('time-zone-note')).not.toBeInTheDocument();
  });
});
