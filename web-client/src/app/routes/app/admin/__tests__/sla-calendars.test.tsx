import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { setLanguage } from '@/lib/i18n';
import type { RequestHandler } from 'msw';

import type { AreaCalendar, Calendar, SaveCalendarBody } from '@/api/types';
import { admin, agent, ids } from '@/testing/fixtures/directory';
import { legalCalendar, officeCalendar, slaIds } from '@/testing/fixtures/sla';
import { directoryHandlers } from '@/testing/handlers/directory';
import { XSRF_TOKEN } from '@/testing/handlers/session';
import { http, problem } from '@/testing/server';
import { fill, renderApp } from '@/testing/test-utils';

/**
 * The two calendars and no area calendar of its own. A saved calendar is kept as sent (a new default takes the mark
 * from the old one); an area's calendar is set, or cleared with null.
 */
function slaCalendars() {
  const calendars: Calendar[] = [officeCalendar(), legalCalendar()];
  const areaCalendars: AreaCalendar[] = [];
  const save = (id: string, body: SaveCalendarBody): Calendar => {
    const calendar: Calendar = { id, ...body, holidays: body.holidays ?? [] };
    if (calendar.isDefault) calendars.forEach((c, i) => (calendars[i] = { ...c, isDefault: false }));
    const index = calendars.findIndex((c) => c.id === id);
    if (index < 0) calendars.push(calendar);
    else calendars[index] = calendar;
    return calendar;
  };
  const handlers = [
    http.get('/api/sla/calendars', ({ response }) => response(200).json(calendars)),
    http.get('/api/sla/area-calendars', ({ response }) => response(200).json(areaCalendars)),
    http.post('/api/sla/calendars', async ({ request, response }) => response(201).json(save('calendar-3', await request.json()))),
    http.put('/api/sla/calendars/{id}', async ({ params, request, response }) => response(200).json(save(params.id, await request.json()))),
    http.put('/api/sla/area-calendars/{areaId}', async ({ params, request, response }) => {
      const { calendarId } = await request.json();
      areaCalendars.splice(0, areaCalendars.length, ...areaCalendars.filter((a) => a.areaId !== params.areaId));
      if (calendarId) areaCalendars.push({ areaId: params.areaId, calendarId });
      return response(204).empty();
    }),
    ...directoryHandlers(),
  ];
  return { calendars, areaCalendars, handlers };
}

/** The calendars page for Ana; `handlers` go first. */
async function openCalendars(sla = slaCalendars(), ...handlers: RequestHandler[]) {
  const view = renderApp('/app/admin/sla-calendars', { signedInAs: admin, handlers: [...handlers, ...sla.handlers] });
  await screen.findByRole('heading', { level: 1, name: 'Calendarios de SLA' });
  const table = await screen.findByRole('table', { name: 'Calendarios hábiles' });
  return { ...view, table };
}

function cellsOf(table: HTMLElement, name: string): (string | null)[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return within(row).getAllByRole('cell').map((c) => c.textContent);
}

describe('SLA calendars admin', () => {
  it('lists the calendars (zone, hours in short, holidays, the default first) and each area’s calendar', async () => {
    const { table } = await openCalendars();

    expect(within(table).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Centro de contacto', 'Días hábiles legales']);
    expect(cellsOf(table, 'Centro de contacto').slice(0, 4)).toEqual(['America/Bogota', 'lun–vie 07:00–19:00 · sáb 08:00–13:00', '1 festivo', 'Predeterminado']);
    expect(cellsOf(table, 'Días hábiles legales').slice(0, 4)).toEqual(['America/Bogota', 'lun–vie 00:00–24:00', '0 festivos', '—']);

    const section = screen.getByRole('region', { name: 'Calendario de cada área' });
    const areas = within(section).getByRole('table', { name: 'Calendario de cada área' });
    expect(within(areas).getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['Crédito', 'Tesorería']);
    expect(within(areas).getByRole('combobox', { name: 'Calendario de Crédito' })).toHaveDisplayValue('Predeterminado (Centro de contacto)');
  });

  it('creates a calendar from the week grid (periods added and removed per day), holidays and the default switch', async () => {
    const { user, table, requests } = await openCalendars();

    await user.click(screen.getByRole('button', { name: 'Nuevo calendario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo calendario' });
    expect(within(dialog).getByRole('textbox', { name: /^Zona horaria/ })).toHaveValue('America/Bogota');
    const week = within(dialog).getByRole('table', { name: 'Periodos de trabajo por día' });
    // A new calendar starts Monday to Friday, 08:00–17:00.
    expect(within(week).getByRole('textbox', { name: 'Lunes, inicio del periodo 1' })).toHaveValue('08:00');
    expect(within(week).queryByRole('textbox', { name: 'Sábado, inicio del periodo 1' })).not.toBeInTheDocument();

    await fill(user, within(dialog).getByRole('textbox', { name: /^Nombre/ }), 'Sede Bogotá');
    // Monday: a lunch break, so two periods.
    const mondayEnd = within(week).getByRole('textbox', { name: 'Lunes, fin del periodo 1' });
    await user.clear(mondayEnd);
    await user.type(mondayEnd, '12:00');
    await user.click(within(week).getByRole('button', { name: 'Agregar periodo: Lunes' }));
    const secondStart = within(week).getByRole('textbox', { name: 'Lunes, inicio del periodo 2' });
    expect(secondStart).toHaveFocus();
    await user.clear(secondStart);
    await user.type(secondStart, '13:00');
    await user.type(within(week).getByRole('textbox', { name: 'Lunes, fin del periodo 2' }), '17:00');
    // Friday off; Saturday morning on.
    await user.click(within(week).getByRole('button', { name: 'Quitar: Viernes, periodo 1' }));
    expect(within(week).getByRole('button', { name: 'Agregar periodo: Viernes' })).toHaveFocus();
    await user.click(within(week).getByRole('button', { name: 'Agregar periodo: Sábado' }));
    const saturdayStart = within(week).getByRole('textbox', { name: 'Sábado, inicio del periodo 1' });
    await user.clear(saturdayStart);
    await user.type(saturdayStart, '08:00');
    await user.type(within(week).getByRole('textbox', { name: 'Sábado, fin del periodo 1' }), '12:00');

    await user.click(within(dialog).getByRole('button', { name: 'Agregar festivo' }));
    const date = within(dialog).getByLabelText('Fecha del festivo 1');
    expect(date).toHaveFocus();
    await user.type(date, '2026-12-25');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Nombre del festivo 1' }), 'Navidad');
    await user.click(within(dialog).getByRole('switch', { name: /Calendario predeterminado/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Crear calendario' }));

    await waitFor(() => expect(requests.to('POST', '/api/sla/calendars')).toHaveLength(1));
    const [request] = requests.to('POST', '/api/sla/calendars');
    expect(request?.headers.get('X-XSRF-TOKEN')).toBe(XSRF_TOKEN);
    expect(request?.body).toEqual({
      name: 'Sede Bogotá',
      timeZone: 'America/Bogota',
      week: [
        { day: 'monday', start: '08:00', end: '12:00' },
        { day: 'monday', start: '13:00', end: '17:00' },
        { day: 'tuesday', start: '08:00', end: '17:00' },
        { day: 'wednesday', start: '08:00', end: '17:00' },
        { day: 'thursday', start: '08:00', end: '17:00' },
        { day: 'saturday', start: '08:00', end: '12:00' },
      ],
      holidays: [{ day: '2026-12-25', name: 'Navidad' }],
      isDefault: true,
      nationalHolidays: true,
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The new default comes first; the old one lost the mark.
    await waitFor(() => expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Sede Bogotá'));
    expect(cellsOf(table, 'Sede Bogotá').slice(1, 4)).toEqual(['lun 08:00–12:00, 13:00–17:00 · mar–jue 08:00–17:00 · sáb 08:00–12:00', '1 festivo', 'Predeterminado']);
    expect(cellsOf(table, 'Centro de contacto')[3]).toBe('—');
  });

  it('edits a calendar: the form starts from it (holidays included) and saves it with PUT', async () => {
    const { user, table, requests } = await openCalendars();

    await user.click(within(table).getByRole('button', { name: 'Editar el calendario Centro de contacto' }));
    const dialog = await screen.findByRole('dialog', { name: 'Editar calendario' });
    expect(within(dialog).getByRole('textbox', { name: 'Sábado, fin del periodo 1' })).toHaveValue('13:00');
    expect(within(dialog).getByRole('textbox', { name: 'Nombre del festivo 1' })).toHaveValue('San José');
    expect(within(dialog).getByRole('switch', { name: /Calendario predeterminado/ })).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Quitar: festivo 1' }));
    expect(within(dialog).getByText('Sin festivos.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => expect(requests.to('PUT', `/api/sla/calendars/${slaIds.office}`)).toHaveLength(1));
    const body = requests.to('PUT', `/api/sla/calendars/${slaIds.office}`)[0]?.body as { holidays: unknown[]; week: unknown[]; isDefault: boolean };
    expect(body.holidays).toEqual([]);
    expect(body.week).toHaveLength(6);
    expect(body.isDefault).toBe(true);
    await waitFor(() => expect(cellsOf(table, 'Centro de contacto')[2]).toBe('0 festivos'));
  });

  it('keeps or changes whether a calendar closes on the national holidays, and sends it on save', async () => {
    const sla = slaCalendars();
    sla.calendars[1] = { ...legalCalendar(), nationalHolidays: false };
    const { user, table, requests } = await openCalendars(sla);

    await user.click(within(table).getByRole('button', { name: 'Editar el calendario Días hábiles legales' }));
    let dialog = await screen.findByRole('dialog', { name: 'Editar calendario' });
    expect(within(dialog).getByRole('switch', { name: /Festivos nacionales de Colombia/ })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    await waitFor(() => expect(requests.to('PUT', `/api/sla/calendars/${slaIds.legal}`)).toHaveLength(1));
    expect((requests.to('PUT', `/api/sla/calendars/${slaIds.legal}`)[0]?.body as { nationalHolidays: boolean }).nationalHolidays).toBe(false);

    await user.click(within(table).getByRole('button', { name: 'Editar el calendario Centro de contacto' }));
    dialog = await screen.findByRole('dialog', { name: 'Editar calendario' });
    const national = within(dialog).getByRole('switch', { name: /Festivos nacionales de Colombia/ });
    expect(national).toBeChecked();
    await user.click(national);
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));
    await waitFor(() => expect(requests.to('PUT', `/api/sla/calendars/${slaIds.office}`)).toHaveLength(1));
    expect((requests.to('PUT', `/api/sla/calendars/${slaIds.office}`)[0]?.body as { nationalHolidays: boolean }).nationalHolidays).toBe(false);
  });

  it('checks each period before sending: HH:mm, and the start before the end', async () => {
    const { user, requests } = await openCalendars();

    await user.click(screen.getByRole('button', { name: 'Nuevo calendario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo calendario' });
    await fill(user, within(dialog).getByRole('textbox', { name: /^Nombre/ }), 'Mal horario');
    const start = within(dialog).getByRole('textbox', { name: 'Martes, inicio del periodo 1' });
    await user.clear(start);
    await user.type(start, '8');
    const end = within(dialog).getByRole('textbox', { name: 'Miércoles, fin del periodo 1' });
    await user.clear(end);
    await user.type(end, '07:00');
    await user.click(within(dialog).getByRole('button', { name: 'Crear calendario' }));

    expect(await within(dialog).findByRole('textbox', { name: 'Martes, inicio del periodo 1' })).toHaveAccessibleDescription(
      expect.stringContaining('Usa HH:mm'),
    );
    expect(within(dialog).getByRole('textbox', { name: 'Martes, inicio del periodo 1' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: 'Miércoles, fin del periodo 1' })).toHaveAccessibleDescription(
      'El inicio debe ser antes del fin.',
    );
    expect(requests.to('POST', '/api/sla/calendars')).toHaveLength(0);
  });

  it('puts the API’s problems on the fields: overlapping periods on the week, an unknown zone (422) and a duplicate name (409)', async () => {
    // The API refuses the first calendar (overlapping Monday periods, an unknown zone) and then the taken name.
    const invalid = http.post(
      '/api/sla/calendars',
      ({ response }) =>
        response(422).json(problem(422, { errors: { week: ['Periods of monday overlap.'], timeZone: ['Use an IANA time zone such as America/Bogota.'] } })),
      { once: true },
    );
    const taken = http.post(
      '/api/sla/calendars',
      ({ response }) => response(409).json(problem(409, { code: 'duplicate-name', detail: 'A calendar named centro de contacto already exists.' })),
      { once: true },
    );
    const { user, requests } = await openCalendars(slaCalendars(), invalid, taken);

    await user.click(screen.getByRole('button', { name: 'Nuevo calendario' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo calendario' });
    await fill(user, within(dialog).getByRole('textbox', { name: /^Nombre/ }), 'Solapado');
    const zone = within(dialog).getByRole('textbox', { name: /^Zona horaria/ });
    await user.clear(zone);
    await user.type(zone, 'Bogota');
    await user.click(within(dialog).getByRole('button', { name: 'Agregar periodo: Lunes' }));
    const second = within(dialog).getByRole('textbox', { name: 'Lunes, inicio del periodo 2' });
    await user.clear(second);
    await user.type(second, '16:00');
    await user.type(within(dialog).getByRole('textbox', { name: 'Lunes, fin del periodo 2' }), '18:00');
    await user.click(within(dialog).getByRole('button', { name: 'Crear calendario' }));

    await waitFor(() => expect(requests.to('POST', '/api/sla/calendars')).toHaveLength(1));
    expect(await within(dialog).findByRole('group', { name: 'Horario semanal' })).toHaveAccessibleDescription(expect.stringContaining('Periods of monday overlap.'));
    expect(within(dialog).getByRole('textbox', { name: /^Zona horaria/ })).toHaveAccessibleDescription(
      expect.stringContaining('Use an IANA time zone such as America/Bogota.'),
    );
    expect(within(dialog).getByRole('textbox', { name: /^Zona horaria/ })).toHaveAttribute('aria-invalid', 'true');

    // Fixed, but the name is taken.
    await user.click(within(dialog).getByRole('button', { name: 'Quitar: Lunes, periodo 2' }));
    await user.clear(zone);
    await user.type(zone, 'America/Bogota');
    const name = within(dialog).getByRole('textbox', { name: /^Nombre/ });
    await user.clear(name);
    await user.type(name, 'centro de contacto');
    await user.click(within(dialog).getByRole('button', { name: 'Crear calendario' }));
    await waitFor(() => expect(requests.to('POST', '/api/sla/calendars')).toHaveLength(2));
    expect(await within(dialog).findByRole('textbox', { name: /^Nombre/ })).toHaveAccessibleDescription('Ya existe un calendario con ese nombre.');
    expect(within(dialog).getByRole('group', { name: 'Horario semanal' })).not.toHaveAccessibleDescription(expect.stringContaining('overlap'));
  });

  it('sets an area’s own calendar and puts it back to the default (which clears it)', async () => {
    const sla = slaCalendars();
    const { user, requests } = await openCalendars(sla);
    const areas = screen.getByRole('table', { name: 'Calendario de cada área' });
    const select = await within(areas).findByRole('combobox', { name: 'Calendario de Tesorería' });
    const save = within(areas).getByRole('button', { name: 'Guardar el calendario de Tesorería' });
    expect(save).toBeDisabled();

    await user.selectOptions(select, 'Días hábiles legales');
    await user.click(save);
    await waitFor(() => expect(requests.to('PUT', `/api/sla/area-calendars/${ids.treasury}`)).toHaveLength(1));
    expect(requests.to('PUT', `/api/sla/area-calendars/${ids.treasury}`)[0]?.body).toEqual({ calendarId: slaIds.legal });
    await waitFor(() => expect(sla.areaCalendars).toEqual([{ areaId: ids.treasury, calendarId: slaIds.legal }]));
    await waitFor(() => expect(save).toBeDisabled());

    await user.selectOptions(select, 'Predeterminado (Centro de contacto)');
    await user.click(save);
    await waitFor(() => expect(requests.to('PUT', `/api/sla/area-calendars/${ids.treasury}`)).toHaveLength(2));
    expect(requests.to('PUT', `/api/sla/area-calendars/${ids.treasury}`)[1]?.body).toEqual({ calendarId: null });
    await waitFor(() => expect(sla.areaCalendars).toEqual([]));
  });

  it('is in English when the reader switches language', async () => {
    await setLanguage('en');
    renderApp('/app/admin/sla-calendars', { signedInAs: admin, handlers: slaCalendars().handlers });
    expect(await screen.findByRole('heading', { level: 1, name: 'SLA calendars' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Business calendars' });
    expect(cellsOf(table, 'Centro de contacto').slice(1, 4)).toEqual(['Mon–Fri 07:00–19:00 · Sat 08:00–13:00', '1 holiday', 'Default']);
  });

  it('is in the admin navigation only; another role’s URL shows no access', async () => {
    renderApp('/app/admin/sla-calendars', { signedInAs: agent });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sin acceso' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Calendarios de SLA' })).not.toBeInTheDocument();
  });
});
