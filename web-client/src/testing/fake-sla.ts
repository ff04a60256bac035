import type { AreaCalendar, Calendar, ClockTarget, SaveCalendarBody, SavePolicyBody, SlaPolicy, TicketSla } from '@/api/types';

import { json, problem, type RecordedRequest } from './fake-api';
import { FAKE_NOW, type FakeDesk } from './fake-desk';

const PROBLEMS = 'https://helpdesk.local/problems';

export const slaIds = {
  office: '01900000-0000-7000-8000-0000000005c1',
  legal: '01900000-0000-7000-8000-0000000005c2',
  lawPolicy: '01900000-0000-7000-8000-0000000005d1',
  urgentPolicy: '01900000-0000-7000-8000-0000000005d2',
};

/** The zones the fake knows (the API asks the system's time-zone database). */
const KNOWN_ZONES = new Set(['America/Bogota', 'America/Lima', 'America/Mexico_City', 'UTC']);

interface StoredPolicy extends SlaPolicy {
  current: boolean;
}

function validationProblem(errors: Record<string, string[]>): Response {
  return problem(422, 'One or more validation errors occurred.', { type: `${PROBLEMS}/validation`, errors });
}

function minutes(time: string): number | null {
  if (time === '24:00') return 1440;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * The SLA part of the fake API: calendars (422 naming name, timeZone or week; 409 for a duplicate name; one default at
 * a time), area calendars, versioned policies (an edit adds a version; retire), the preview of a new ticket's due dates
 * (the most specific matching policy, ties to the higher precedence; amounts counted as plain time from FAKE_NOW) and a
 * ticket's clocks (what a test put in `ticketSla`, else none).
 */
export class FakeSla {
  private sequence = 0;

  calendars: Calendar[] = [
    {
      id: slaIds.office,
      name: 'Centro de contacto',
      timeZone: 'America/Bogota',
      week: [
        ...(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, start: '07:00', end: '19:00' })),
        { day: 'saturday' as const, start: '08:00', end: '13:00' },
      ],
      holidays: [{ day: '2026-03-23', name: 'San José' }],
      isDefault: true,
      nationalHolidays: true,
    },
    {
      id: slaIds.legal,
      name: 'Días hábiles legales',
      timeZone: 'America/Bogota',
      week: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const).map((day) => ({ day, start: '00:00', end: '24:00' })),
      holidays: [],
      isDefault: false,
      nationalHolidays: true,
    },
  ];

  areaCalendars: AreaCalendar[] = [];

  /** Every version of every policy; `current` marks the one in force (none for a retired policy). */
  policies: StoredPolicy[] = [
    {
      id: slaIds.lawPolicy,
      versionId: '01900000-0000-7000-8000-0000000005e1',
      version: 1,
      name: 'Ley 1755: peticiones, quejas y reclamos',
      conditions: { ticketTypes: ['petition', 'complaint', 'claim'], topicIds: null, priorities: null, channels: null, segments: null },
      precedence: 0,
      firstResponse: { kind: 'business_minutes', amount: 480, calendarId: slaIds.office },
      resolution: { kind: 'business_days', amount: 15, calendarId: slaIds.legal },
      warningPercent: 75,
      createdAt: '2026-01-02T13:00:00Z',
      current: true,
    },
    {
      id: slaIds.urgentPolicy,
      versionId: '01900000-0000-7000-8000-0000000005e2',
      version: 1,
      name: 'Casos urgentes',
      conditions: { ticketTypes: null, topicIds: null, priorities: ['urgent'], channels: null, segments: null },
      precedence: 10,
      firstResponse: { kind: 'business_minutes', amount: 60, calendarId: slaIds.office },
      resolution: { kind: 'business_days', amount: 3, calendarId: slaIds.legal },
      warningPercent: 75,
      createdAt: '2026-01-02T13:00:00Z',
      current: true,
    },
  ];

  /** A ticket's clocks by number, as GetTicketSla answers (tests set them). */
  ticketSla = new Map<string, TicketSla>();

  private readonly desk: FakeDesk;
  private readonly areaExists: (areaId: string) => boolean;

  constructor(desk: FakeDesk, areaExists: (areaId: string) => boolean) {
    this.desk = desk;
    this.areaExists = areaExists;
  }

  private nextId(): string {
    this.sequence += 1;
    return `01900000-0000-7000-8000-${String(500000 + this.sequence).padStart(12, '0')}`;
  }

  private invalidCalendar(body: SaveCalendarBody): Record<string, string[]> | null {
    const errors: Record<string, string[]> = {};
    if (!body.name?.trim()) errors.name = ["'Name' must not be empty."];
    if (!KNOWN_ZONES.has(body.timeZone)) errors.timeZone = ['Use an IANA time zone such as America/Bogota.'];
    if (!body.week || body.week.length === 0) errors.week = ['A calendar with no working time cannot measure anything.'];
    else {
      for (const period of body.week) {
        const start = minutes(period.start);
        const end = minutes(period.end);
        if (start === null || end === null || end <= start) {
          errors.week = [`${period.day} ${period.start}-${period.end} is not a period: use HH:mm, start before end, end up to 24:00.`];
          break;
        }
        const overlap = body.week.some((other) => other !== period && other.day === period.day && minutes(other.start)! < end && start < minutes(other.end)!);
        if (overlap) {
          errors.week = [`Periods of ${period.day} overlap.`];
          break;
        }
      }
    }
    return Object.keys(errors).length > 0 ? errors : null;
  }

  private invalidPolicy(body: SavePolicyBody): Record<string, string[]> | null {
    const errors: Record<string, string[]> = {};
    if (!body.name?.trim()) errors.name = ["'Name' must not be empty."];
    const percent = Number(body.warningPercent);
    if (!(percent > 0 && percent < 100)) errors.warningPercent = ['The warning threshold is a percentage of the target between 0 and 100 (exclusive).'];
    if (!body.firstResponse && !body.resolution) errors.resolution = ['A policy needs a first-response target, a resolution target, or both.'];
    const possible = (target: ClockTarget) => {
      const amount = Number(target.amount);
      if (target.kind === 'calendar_minutes') return amount >= 1 && amount <= 525_600;
      if (target.kind === 'business_minutes') return amount >= 1 && amount <= 525_600 && target.calendarId !== null;
      return amount >= 1 && amount <= 365 && target.calendarId !== null;
    };
    const message = 'A target is business_minutes or calendar_minutes (1 to 525600) or business_days (1 to 365); business kinds name a calendarId.';
    if (body.firstResponse && !possible(body.firstResponse)) errors.firstResponse = [message];
    if (body.resolution && !possible(body.resolution)) errors.resolution = [message];
    const c = body.conditions;
    if (c && [c.ticketTypes, c.topicIds, c.priorities, c.channels, c.segments].some((list) => Array.isArray(list) && list.length === 0))
      errors.conditions = ['Leave a condition out (null) to match anything; an empty list would match nothing.'];
    if (Object.keys(errors).length > 0) return errors;
    const calendarIds = [body.firstResponse?.calendarId, body.resolution?.calendarId].filter((id): id is string => !!id);
    if (calendarIds.some((id) => !this.calendars.some((cal) => cal.id === id))) return { calendarId: ['A target names a calendar that does not exist.'] };
    return null;
  }

  private savePolicy(body: SavePolicyBody, id: string | null): Response {
    const previous = id ? this.policies.find((p) => p.id === id && p.current) : undefined;
    if (id && !previous) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The policy was not found.' });
    const invalid = this.invalidPolicy(body);
    if (invalid) return validationProblem(invalid);
    if (previous) previous.current = false;
    const c = body.conditions ?? {};
    const policy: StoredPolicy = {
      id: id ?? this.nextId(),
      versionId: this.nextId(),
      version: previous ? Number(previous.version) + 1 : 1,
      name: body.name.trim(),
      conditions: {
        ticketTypes: c.ticketTypes ?? null,
        topicIds: c.topicIds ?? null,
        priorities: c.priorities ?? null,
        channels: c.channels ?? null,
        segments: c.segments ?? null,
      },
      precedence: Number(body.precedence ?? 0),
      firstResponse: body.firstResponse?.kind === 'calendar_minutes' ? { ...body.firstResponse, calendarId: null } : body.firstResponse,
      resolution: body.resolution?.kind === 'calendar_minutes' ? { ...body.resolution, calendarId: null } : body.resolution,
      warningPercent: Number(body.warningPercent ?? 75),
      createdAt: new Date(FAKE_NOW).toISOString(),
      current: true,
    };
    this.policies.push(policy);
    const { current: _current, ...dto } = policy;
    return json(previous ? 200 : 201, dto);
  }

  private due(target: ClockTarget | null): string | null {
    if (!target) return null;
    const ms = target.kind === 'business_days' ? Number(target.amount) * 86_400_000 : Number(target.amount) * 60_000;
    return new Date(FAKE_NOW + ms).toISOString();
  }

  private preview(query: URLSearchParams): Response {
    const type = query.get('type') ?? '';
    const channel = query.get('channel') ?? '';
    const priority = query.get('priority') ?? 'normal';
    const topicId = query.get('topicId');
    const segment = query.get('segment');
    const types = ['petition', 'information', 'complaint', 'claim', 'suggestion', 'compliment'];
    const channels = ['phone', 'email', 'mailbox', 'walk_in', 'web', 'partner'];
    if (!types.includes(type)) return validationProblem({ type: [`Unknown type '${type}'.`] });
    if (!channels.includes(channel)) return validationProblem({ channel: [`Unknown channel '${channel}'.`] });
    const matches = (list: readonly (string | null)[] | null | undefined, value: string | null) => !list || (value !== null && list.includes(value));
    const specificity = (p: SlaPolicy) =>
      [p.conditions.ticketTypes, p.conditions.topicIds, p.conditions.priorities, p.conditions.channels, p.conditions.segments].filter((l) => !!l).length;
    const policy = this.policies
      .filter((p) => p.current)
      .filter(
        (p) =>
          matches(p.conditions.ticketTypes, type) &&
          matches(p.conditions.topicIds, topicId) &&
          matches(p.conditions.priorities, priority) &&
          matches(p.conditions.channels, channel) &&
          matches(p.conditions.segments, segment),
      )
      .sort((a, b) => specificity(b) - specificity(a) || Number(b.precedence) - Number(a.precedence))[0];
    return json(200, {
      policyId: policy?.id ?? null,
      policyName: policy?.name ?? null,
      firstResponseDueAt: policy ? this.due(policy.firstResponse) : null,
      resolutionDueAt: policy ? this.due(policy.resolution) : null,
    });
  }

  /** Null when the path is not an SLA route. */
  handle(req: RecordedRequest, me: { roles: readonly string[] }): Response | null {
    const { method, path } = req;
    const isAdmin = me.roles.includes('admin');

    const ticketMatch = /^\/api\/tickets\/([^/]+)\/sla$/.exec(path);
    if (ticketMatch && method === 'GET') {
      const number = decodeURIComponent(ticketMatch[1]!).toUpperCase();
      const stored = this.desk.tickets.get(number);
      if (!stored) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      return json(200, this.ticketSla.get(number) ?? { number, policyId: null, policyName: null, policyVersion: null, state: stored.ticket.slaState, clocks: [] });
    }
    if (method === 'GET' && path === '/api/sla/preview') return this.preview(req.query);
    if (!path.startsWith('/api/sla/')) return null;

    if (method === 'GET' && path === '/api/sla/calendars') return json(200, this.calendars);
    if (method === 'GET' && path === '/api/sla/area-calendars') return json(200, this.areaCalendars);
    if (method === 'GET' && path === '/api/sla/policies') return json(200, this.policies.filter((p) => p.current).map(({ current: _c, ...dto }) => dto));
    if (!isAdmin) return problem(403, 'Forbidden');

    const calendarMatch = /^\/api\/sla\/calendars(?:\/([^/]+))?$/.exec(path);
    if (calendarMatch && ((method === 'POST' && !calendarMatch[1]) || (method === 'PUT' && calendarMatch[1]))) {
      const id = calendarMatch[1];
      const existing = id ? this.calendars.find((c) => c.id === id) : undefined;
      if (id && !existing) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The calendar was not found.' });
      const body = req.body as SaveCalendarBody;
      const invalid = this.invalidCalendar(body);
      if (invalid) return validationProblem(invalid);
      if (this.calendars.some((c) => c.id !== id && c.name.toLowerCase() === body.name.trim().toLowerCase()))
        return problem(409, 'Conflict', { type: `${PROBLEMS}/duplicate-name`, detail: `A calendar named ${body.name} already exists.` });
      if (body.isDefault) for (const c of this.calendars) c.isDefault = false;
      const holidays = [...new Map((body.holidays ?? []).map((h) => [h.day, { day: h.day, name: h.name.trim() }])).values()].sort((a, b) => a.day.localeCompare(b.day));
      const calendar: Calendar = { id: id ?? this.nextId(), name: body.name.trim(), timeZone: body.timeZone, week: body.week, holidays, isDefault: body.isDefault, nationalHolidays: body.nationalHolidays ?? true };
      if (existing) Object.assign(existing, calendar);
      else this.calendars.push(calendar);
      return json(existing ? 200 : 201, calendar);
    }

    const areaMatch = /^\/api\/sla\/area-calendars\/([^/]+)$/.exec(path);
    if (method === 'PUT' && areaMatch) {
      const areaId = areaMatch[1]!;
      if (!this.areaExists(areaId)) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The area was not found.' });
      const { calendarId } = req.body as { calendarId: string | null };
      if (calendarId && !this.calendars.some((c) => c.id === calendarId)) return validationProblem({ calendarId: ['There is no calendar with this id.'] });
      this.areaCalendars = this.areaCalendars.filter((a) => a.areaId !== areaId);
      if (calendarId) this.areaCalendars.push({ areaId, calendarId });
      return new Response(null, { status: 204 });
    }

    if (method === 'POST' && path === '/api/sla/policies') return this.savePolicy(req.body as SavePolicyBody, null);
    const policyMatch = /^\/api\/sla\/policies\/([^/]+)$/.exec(path);
    if (policyMatch && method === 'PUT') return this.savePolicy(req.body as SavePolicyBody, policyMatch[1]!);
    if (policyMatch && method === 'DELETE') {
      const current = this.policies.find((p) => p.id === policyMatch[1] && p.current);
      if (!current) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The policy was not found.' });
      current.current = false;
      return new Response(null, { status: 204 });
    }
    return null;
  }
}
