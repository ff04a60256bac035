import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setLanguage } from '@/lib/i18n';
import type { RequestHandler } from 'msw';

import type { SavePolicyBody, SlaPolicy } from '@/api/types';
import { admin, ids } from '@/testing/fixtures/directory';
import { lawPolicy, legalCalendar, officeCalendar, slaIds, urgentPolicy } from '@/testing/fixtures/sla';
import { directoryHandlers } from '@/testing/handlers/directory';
import { updateById } from '@/testing/handlers/lists';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

/** The policy the API keeps for a saved body. */
function asPolicy(body: SavePolicyBody, id: string, version: number): SlaPolicy {
  const { name, conditions, precedence, firstResponse, resolution, warningPercent } = body;
  return {
    id,
    versionId: `${id}-v${version}`,
    version,
    name,
    conditions: conditions ?? { ticketTypes: null, topicIds: null, priorities: null, channels: null, segments: null },
    precedence,
    firstResponse,
    resolution,
    warningPercent,
    createdAt: '2026-03-10T15:00:00Z',
  };
}

/** Ley 1755 and urgent cases, over the two calendars: a new policy is version 1, an edit makes the next version, retiring removes it. */
function policyHandlers() {
  const policies: SlaPolicy[] = [lawPolicy(), urgentPolicy()];
  return [
    http.get('/api/sla/policies', ({ response }) => response(200).json(policies)),
    http.get('/api/sla/calendars', ({ response }) => response(200).json([officeCalendar(), legalCalendar()])),
    http.post('/api/sla/policies', async ({ request, response }) => {
      const policy = asPolicy(await request.json(), 'policy-3', 1);
      policies.push(policy);
      return response(201).json(policy);
    }),
    http.put('/api/sla/policies/{id}', async ({ params, request, response }) => {
      const current = policies.find((p) => p.id === params.id);
      if (!current) return response(404).json(problem(404, { code: 'not-found' }));
      return response(200).json(updateById(policies, params.id, asPolicy(await request.json(), params.id, Number(current.version) + 1))!);
    }),
    http.delete('/api/sla/policies/{id}', ({ params, response }) => {
      policies.splice(policies.findIndex((p) => p.id === params.id), 1);
      return response(204).empty();
    }),
    ...directoryHandlers(),
  ];
}

/** The policies page for Ana; `handlers` go first. */
async function openPolicies(...handlers: RequestHandler[]) {
  const view = renderApp('/app/admin/sla-policies', { signedInAs: admin, handlers: [...handlers, ...policyHandlers()] });
  await screen.findByRole('heading', { level: 1, name: 'Políticas de SLA' });
  const table = await screen.findByRole('table', { name: 'Políticas de SLA vigentes' });
  return { ...view, table };
}

function cellsOf(table: HTMLElement, name: string): (string | null)[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent);
}

const LAW = 'Ley 1755: peticiones, quejas y reclamos';

describe('SLA policies admin', () => {
  it('lists the current policies: conditions, precedence, targets with their calendars, threshold and version', async () => {
    const { table } = await openPolicies();

    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Casos urgentes', LAW]);
    expect(cellsOf(table, LAW).slice(0, 6)).toEqual([
      'Tipo: Petición, Queja, Reclamo',
      '0',
      '8 h hábiles · Centro de contacto',
      '15 días hábiles legales · Días hábiles legales',
      '75 %',
      'v1',
    ]);
    expect(cellsOf(table, 'Casos urgentes').slice(0, 4)).toEqual(['Prioridad: Urgente', '10', '1 h hábiles · Centro de contacto', '3 días hábiles legales · Días hábiles legales']);
  });

  it('creates a policy with conditions (types, a topic, a priority, a channel, a segment), both targets and a threshold', async () => {
    const { user, table, requests } = await openPolicies();

    await user.click(screen.getByRole('button', { name: 'Nueva política' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva política de SLA' });
    expect(within(dialog).queryByText(/se crea la versión/)).not.toBeInTheDocument();
    await fill(user, within(dialog).getByRole('textbox', { name: /^Nombre/ }), 'Reclamos de crédito preferenciales');

    const types = within(dialog).getByRole('group', { name: 'Tipos de caso' });
    await user.click(within(types).getByRole('checkbox', { name: 'Reclamo' }));
    await user.click(within(types).getByRole('checkbox', { name: 'Queja' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Temas/ }));
    await user.click(await within(dialog).findByRole('option', { name: 'Crédito › Préstamos' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Prioridades' })).getByRole('checkbox', { name: 'Alta' }));
    await user.click(within(within(dialog).getByRole('group', { name: 'Canales' })).getByRole('checkbox', { name: 'Teléfono' }));
    await user.type(within(dialog).getByRole('combobox', { name: /^Segmentos de cliente/ }), 'Preferencial{Enter}');
    const precedence = within(dialog).getByRole('textbox', { name: /^Precedencia/ });
    await user.clear(precedence);
    await user.type(precedence, '5');

    const first = within(dialog).getByRole('group', { name: 'Meta de primera respuesta' });
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Cómo se cuenta' }), 'Horas corridas (noches y fines de semana incluidos)');
    expect(within(first).queryByRole('combobox', { name: /^Calendario/ })).not.toBeInTheDocument();
    await user.type(within(first).getByRole('textbox', { name: /^Horas/ }), '4,5');
    const resolution = within(dialog).getByRole('group', { name: 'Meta de resolución' });
    await user.selectOptions(within(resolution).getByRole('combobox', { name: 'Cómo se cuenta' }), 'Días hábiles legales (lunes a viernes sin festivos)');
    await user.type(within(resolution).getByRole('textbox', { name: /^Días/ }), '10');
    const calendar = within(resolution).getByRole('combobox', { name: /^Calendario/ });
    // The default calendar is preselected.
    expect(calendar).toHaveDisplayValue('Centro de contacto');
    await user.selectOptions(calendar, 'Días hábiles legales');
    const warning = within(dialog).getByRole('textbox', { name: /^Umbral de alerta/ });
    expect(warning).toHaveValue('75');
    await user.clear(warning);
    await user.type(warning, '80');
    await user.click(within(dialog).getByRole('button', { name: 'Crear política' }));

    await waitFor(() => expect(requests.to('POST', '/api/sla/policies')).toHaveLength(1));
    const [request] = requests.to('POST', '/api/sla/policies');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
    expect(request?.body).toEqual({
      name: 'Reclamos de crédito preferenciales',
      conditions: { ticketTypes: ['claim', 'complaint'], topicIds: [ids.loans], priorities: ['high'], channels: ['phone'], segments: ['Preferencial'] },
      precedence: 5,
      firstResponse: { kind: 'calendar_minutes', amount: 270, calendarId: null },
      resolution: { kind: 'business_days', amount: 10, calendarId: slaIds.legal },
      warningPercent: 80,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await within(table).findByRole('rowheader', { name: 'Reclamos de crédito preferenciales' });
    expect(cellsOf(table, 'Reclamos de crédito preferenciales').slice(0, 6)).toEqual([
      'Tipo: Reclamo, Queja · Tema: Crédito › Préstamos · Prioridad: Alta · Canal: Teléfono · Segmento: Preferencial',
      '5',
      '4,5 h corridas',
      '10 días hábiles legales · Días hábiles legales',
      '80 %',
      'v1',
    ]);
  });

  it('edits a policy: says a new version is made for new tickets only, starts from it, and the list shows the new version', async () => {
    const { user, table, requests } = await openPolicies();

    await user.click(within(table).getByRole('button', { name: `Editar la política ${LAW}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar política de SLA' });
    expect(within(dialog).getByText('Al guardar se crea la versión 2. Solo la usan los casos nuevos: los casos ya radicados conservan sus plazos.')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('group', { name: 'Tipos de caso' })).getByRole('checkbox', { name: 'Petición' })).toBeChecked();
    const first = within(dialog).getByRole('group', { name: 'Meta de primera respuesta' });
    expect(within(first).getByRole('combobox', { name: 'Cómo se cuenta' })).toHaveDisplayValue('Horas hábiles en un calendario');
    expect(within(first).getByRole('textbox', { name: /^Horas/ })).toHaveValue('8');
    const resolution = within(dialog).getByRole('group', { name: 'Meta de resolución' });
    const days = within(resolution).getByRole('textbox', { name: /^Días/ });
    expect(days).toHaveValue('15');
    await user.clear(days);
    await user.type(days, '12');
    // No first-response target any more.
    await user.selectOptions(within(first).getByRole('combobox', { name: 'Cómo se cuenta' }), 'Sin meta');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => expect(requests.to('PUT', `/api/sla/policies/${slaIds.lawPolicy}`)).toHaveLength(1));
    expect(requests.to('PUT', `/api/sla/policies/${slaIds.lawPolicy}`)[0]?.body).toEqual({
      name: LAW,
      conditions: { ticketTypes: ['petition', 'complaint', 'claim'], topicIds: null, priorities: null, channels: null, segments: null },
      precedence: 0,
      firstResponse: null,
      resolution: { kind: 'business_days', amount: 12, calendarId: slaIds.legal },
      warningPercent: 75,
    });
    await waitFor(() => expect(cellsOf(table, LAW).slice(2, 6)).toEqual(['Sin meta', '12 días hábiles legales · Días hábiles legales', '75 %', 'v2']));
  });

  it('checks the form before sending: a name, at least one target, amounts in range and a threshold from 1 to 99', async () => {
    const { user, requests } = await openPolicies();

    await user.click(screen.getByRole('button', { name: 'Nueva política' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva política de SLA' });
    const warning = within(dialog).getByRole('textbox', { name: /^Umbral de alerta/ });
    await user.clear(warning);
    await user.type(warning, '100');
    await user.click(within(dialog).getByRole('button', { name: 'Crear política' }));

    expect(await within(dialog).findByRole('textbox', { name: /^Nombre/ })).toHaveAccessibleDescription('Este campo es obligatorio');
    const resolution = within(dialog).getByRole('group', { name: 'Meta de resolución' });
    expect(within(resolution).getByRole('combobox', { name: 'Cómo se cuenta' })).toHaveAccessibleDescription(
      'La política necesita al menos una meta: de primera respuesta, de resolución o ambas.',
    );
    expect(warning).toHaveAccessibleDescription(expect.stringContaining('Escribe un número entero entre 1 y 99.'));

    await user.selectOptions(within(resolution).getByRole('combobox', { name: 'Cómo se cuenta' }), 'Días hábiles legales (lunes a viernes sin festivos)');
    await user.type(within(resolution).getByRole('textbox', { name: /^Días/ }), '1,5');
    await user.click(within(dialog).getByRole('button', { name: 'Crear política' }));
    expect(await within(resolution).findByRole('textbox', { name: /^Días/ })).toHaveAccessibleDescription('Escribe un número entero de días entre 1 y 365.');
    expect(requests.to('POST', '/api/sla/policies')).toHaveLength(0);
  });

  it('puts the API’s 422 on the fields: name, threshold, the target, and an unknown calendar on the calendar field', async () => {
    const invalid = http.post('/api/sla/policies', ({ response }) =>
      response(422).json(
        problem(422, {
          title: 'One or more validation errors occurred.',
          errors: {
            name: ['The name is too long.'],
            warningPercent: ['The warning threshold is a percentage of the target between 0 and 100 (exclusive).'],
            resolution: ['A target is business_minutes or calendar_minutes (1 to 525600) or business_days (1 to 365); business kinds name a calendarId.'],
            calendarId: ['A target names a calendar that does not exist.'],
          },
        }),
      ),
    );
    const { user, requests } = await openPolicies(invalid);

    await user.click(screen.getByRole('button', { name: 'Nueva política' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nueva política de SLA' });
    await fill(user, within(dialog).getByRole('textbox', { name: /^Nombre/ }), 'Demasiado larga');
    const resolution = within(dialog).getByRole('group', { name: 'Meta de resolución' });
    await user.selectOptions(within(resolution).getByRole('combobox', { name: 'Cómo se cuenta' }), 'Horas hábiles en un calendario');
    await user.type(within(resolution).getByRole('textbox', { name: /^Horas/ }), '8');
    await user.click(within(dialog).getByRole('button', { name: 'Crear política' }));

    await waitFor(() => expect(requests.to('POST', '/api/sla/policies')).toHaveLength(1));
    expect(await within(dialog).findByRole('textbox', { name: /^Nombre/ })).toHaveAccessibleDescription('The name is too long.');
    expect(within(dialog).getByRole('textbox', { name: /^Umbral de alerta/ })).toHaveAccessibleDescription(expect.stringContaining('between 0 and 100'));
    expect(within(resolution).getByRole('textbox', { name: /^Horas/ })).toHaveAccessibleDescription(expect.stringContaining('A target is business_minutes'));
    expect(within(resolution).getByRole('combobox', { name: /^Calendario/ })).toHaveAccessibleDescription('A target names a calendar that does not exist.');
    expect(within(resolution).getByRole('combobox', { name: /^Calendario/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('retires a policy only after confirming, keyboard first (Cancel has the focus)', async () => {
    const { user, table, requests } = await openPolicies();

    await user.click(within(table).getByRole('button', { name: 'Retirar la política Casos urgentes' }));
    const confirm = await screen.findByRole('dialog', { name: 'Retirar política de SLA' });
    expect(within(confirm).getByText(/Los casos nuevos dejarán de usarla; los casos que ya la tienen conservan sus plazos\./)).toBeInTheDocument();
    expect(within(confirm).getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests.to('DELETE', `/api/sla/policies/${slaIds.urgentPolicy}`)).toHaveLength(0);

    await user.click(within(table).getByRole('button', { name: 'Retirar la política Casos urgentes' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Retirar política de SLA' })).getByRole('button', { name: 'Retirar' }));
    await waitFor(() => expect(requests.to('DELETE', `/api/sla/policies/${slaIds.urgentPolicy}`)).toHaveLength(1));
    await waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'Casos urgentes' })).not.toBeInTheDocument());
  });

  it('is in English when the reader switches language', async () => {
    await setLanguage('en');
    renderApp('/app/admin/sla-policies', { signedInAs: admin, handlers: policyHandlers() });
    expect(await screen.findByRole('heading', { level: 1, name: 'SLA policies' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Current SLA policies' });
    expect(cellsOf(table, LAW).slice(0, 4)).toEqual([
      'Type: Petition, Complaint, Claim',
      '0',
      '8 working h · Centro de contacto',
      '15 legal business days · Días hábiles legales',
    ]);
  });
});
