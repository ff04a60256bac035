import type { EscalationLeg, EscalationMatrixRow, Notice, Ticket } from '@/api/types';

import { ids, json, problem, type RecordedRequest } from './fake-api';
import { FAKE_NOW, type FakeDesk } from './fake-desk';

const PROBLEMS = 'https://helpdesk.local/problems';

/**
 * The Escalation part of the fake API: the matrix's suggestion (most specific row, falling back to the parent topic),
 * escalating a ticket (409 when closed, 422 for an inactive area), and the ticket's legs.
 */
export class FakeEscalations {
  private sequence = 0;

  matrix: EscalationMatrixRow[] = [
    {
      id: '01900000-0000-7000-8000-0000000000f1',
      topicId: ids.loans,
      ticketType: null,
      areaId: ids.credit,
      defaultResponderId: null,
      nextAreaId: ids.treasury,
      nextToManager: false,
      olaMinutes: 480,
    },
  ];

  legs: EscalationLeg[] = [];

  notices: Notice[] = [];

  private readonly desk: FakeDesk;
  private readonly activeAreaIds: () => string[];
  private readonly topicParent: (topicId: string) => string | null;
  private readonly activeMemberAreas: (userId: string) => string[] | null;

  /**
   * `topicParent` is null for a subtopic's parent of a topic, and undefined for no such topic;
   * `activeMemberAreas` gives an active user's areas, null for no such active user.
   */
  constructor(
    desk: FakeDesk,
    activeAreaIds: () => string[],
    topicParent: (topicId: string) => string | null | undefined,
    activeMemberAreas: (userId: string) => string[] | null,
  ) {
    this.desk = desk;
    this.activeAreaIds = activeAreaIds;
    this.topicParent = (topicId) => topicParent(topicId) ?? null;
    this.topicExists = (topicId) => topicParent(topicId) !== undefined;
    this.activeMemberAreas = activeMemberAreas;
  }

  private readonly topicExists: (topicId: string) => boolean;

  /** The API's 422 rules for a matrix row (SaveMatrixRow), by field; null when the row is valid. */
  private invalidMatrixRow(row: Omit<EscalationMatrixRow, 'id'>): Record<string, string[]> | null {
    const ola = Number(row.olaMinutes);
    if (!Number.isInteger(ola) || ola < 1 || ola > 100_000) return { olaMinutes: ["'Ola Minutes' must be between 1 and 100000."] };
    if (row.nextToManager && row.nextAreaId) return { nextAreaId: ["The next level is either another area or the area's manager, not both."] };
    if (!this.topicExists(row.topicId)) return { topicId: ['There is no such topic.'] };
    if (!this.activeAreaIds().includes(row.areaId)) return { areaId: ['The area does not exist or is inactive.'] };
    if (row.nextAreaId && !this.activeAreaIds().includes(row.nextAreaId)) return { nextAreaId: ['The area does not exist or is inactive.'] };
    if (row.defaultResponderId && !this.activeMemberAreas(row.defaultResponderId)?.includes(row.areaId))
      return { defaultResponderId: ['The default responder must be an active member of the area.'] };
    return null;
  }

  /** A leg on a seeded ticket, as if someone had escalated it (tests set the rest). */
  addLeg(ticketNumber: string, partial: Partial<EscalationLeg> = {}): EscalationLeg {
    const { ticket } = this.desk.ticket(ticketNumber);
    this.sequence += 1;
    const leg: EscalationLeg = {
      id: `01900000-0000-7000-8000-${String(700000 + this.sequence).padStart(12, '0')}`,
      ticketId: ticket.id,
      ticketNumber,
      round: 1,
      previousLegId: null,
      areaId: ids.credit,
      toManager: false,
      responderId: null,
      status: 'open',
      reason: 'Revisar el caso',
      olaMinutes: 480,
      dueAt: new Date(FAKE_NOW + 480 * 60_000).toISOString(),
      answer: null,
      answeredAt: null,
      answeredBy: null,
      reviewReason: null,
      reviewedAt: null,
      reviewedBy: null,
      createdBy: ids.agent,
      createdAt: new Date(FAKE_NOW).toISOString(),
      ...partial,
    };
    this.legs.push(leg);
    return leg;
  }

  /** Null when the path is not an escalation route. */
  handle(req: RecordedRequest, me: { id: string; displayName: string; roles: readonly string[]; areaIds: readonly string[] }): Response | null {
    const { method, path } = req;
    const responderOnly = !me.roles.some((r) => r !== 'area_responder');
    const visible = (leg: EscalationLeg) => !responderOnly || me.areaIds.includes(leg.areaId);

    if (path === '/api/escalation/matrix' || path.startsWith('/api/escalation/matrix/')) {
      if (method === 'GET' && path === '/api/escalation/matrix') return json(200, this.matrix);
      if (!me.roles.includes('admin')) return problem(403, 'Forbidden');
      const id = path.slice('/api/escalation/matrix/'.length);
      const existing = this.matrix.find((r) => r.id === id);
      if (method === 'DELETE') {
        if (!existing) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The matrix row was not found.' });
        this.matrix = this.matrix.filter((r) => r !== existing);
        return new Response(null, { status: 204 });
      }
      if ((method === 'POST' && !id) || (method === 'PUT' && id)) {
        if (method === 'PUT' && !existing) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found`, detail: 'The matrix row was not found.' });
        const body = req.body as Omit<EscalationMatrixRow, 'id'>;
        const invalid = this.invalidMatrixRow(body);
        if (invalid) return problem(422, 'One or more fields are invalid.', { type: `${PROBLEMS}/validation`, errors: invalid });
        if (this.matrix.some((r) => r.id !== id && r.topicId === body.topicId && r.ticketType === body.ticketType))
          return problem(409, 'Conflict', { type: `${PROBLEMS}/duplicate-matrix-row`, detail: 'The matrix already has a row for this topic and ticket type.' });
        if (existing) {
          Object.assign(existing, body);
          return json(200, existing);
        }
        this.sequence += 1;
        const row = { ...body, id: `01900000-0000-7000-8000-${String(600000 + this.sequence).padStart(12, '0')}` };
        this.matrix.push(row);
        return json(201, row);
      }
      return null;
    }
    if (method === 'GET' && path === '/api/notices') {
      const unreadOnly = req.query.get('unreadOnly') === 'true';
      return json(200, this.notices.filter((n) => !unreadOnly || n.readAt === null));
    }
    const noticeMatch = /^\/api\/notices\/([^/]+)\/read$/.exec(path);
    if (method === 'POST' && noticeMatch) {
      const notice = this.notices.find((n) => n.id === noticeMatch[1]);
      if (!notice) return problem(404, 'Not Found');
      notice.readAt ??= new Date(FAKE_NOW).toISOString();
      return new Response(null, { status: 204 });
    }

    if (method === 'GET' && path === '/api/escalations') {
      const status = req.query.get('status');
      const items = this.legs
        .filter((l) => visible(l) && (!status || l.status === status))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      return json(200, { items, nextCursor: null });
    }
    const legMatch = /^\/api\/escalations\/([^/]+)(?:\/([a-z]+))?$/.exec(path);
    if (legMatch) {
      const leg = this.legs.find((l) => l.id === legMatch[1]);
      if (!leg || !visible(leg)) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      const sub = legMatch[2];
      if (method === 'GET' && !sub) return json(200, leg);
      if (method === 'POST' && sub === 'take') {
        if (leg.status !== 'open') return problem(409, 'Conflict', { type: `${PROBLEMS}/leg-not-open` });
        leg.responderId = me.id;
        return json(200, leg);
      }
      if (method === 'POST' && sub === 'answer') {
        const text = (req.body as { text?: string }).text ?? '';
        if (!text.trim() || text.length > 20_000) return problem(422, 'Invalid', { errors: { text: ['The answer is required (at most 20,000 characters).'] } });
        if (leg.status !== 'open') return problem(409, 'Conflict', { type: `${PROBLEMS}/leg-not-open` });
        Object.assign(leg, { status: 'answered', answer: text, answeredAt: new Date(FAKE_NOW).toISOString(), answeredBy: me.id });
        leg.responderId ??= me.id;
        return json(200, leg);
      }
      if (method === 'POST' && sub === 'review') {
        const body = req.body as { decision: 'accept' | 'reject'; reason: string | null };
        if (leg.status !== 'answered') return problem(409, 'Conflict', { type: `${PROBLEMS}/leg-not-answered` });
        if (body.decision === 'reject' && !body.reason?.trim()) return problem(422, 'Invalid', { errors: { reason: ['A rejection needs a reason.'] } });
        Object.assign(leg, { status: body.decision === 'accept' ? 'accepted' : 'rejected', reviewReason: body.reason, reviewedAt: new Date(FAKE_NOW).toISOString(), reviewedBy: me.id });
        if (body.decision === 'accept') {
          if (!this.legs.some((l) => l.ticketId === leg.ticketId && l.status === 'open'))
            this.desk.moveByEscalation(leg.ticketNumber, 'open', 'escalation_accepted', { legId: leg.id }, me);
          return json(200, { leg, draftReply: leg.answer, nextLeg: null });
        }
        const nextLeg = this.addLeg(leg.ticketNumber, { areaId: leg.areaId, round: Number(leg.round) + 1, previousLegId: leg.id, reason: body.reason ?? '', createdBy: me.id });
        this.desk.moveByEscalation(leg.ticketNumber, 'escalated', 'escalation_rejected', { legId: leg.id, reason: body.reason }, me);
        return json(200, { leg, draftReply: null, nextLeg });
      }
      return null;
    }
    const match = /^\/api\/tickets\/([^/]+)\/(escalation-suggestion|escalations)$/.exec(path);
    if (!match) return null;
    const stored = this.desk.tickets.get(decodeURIComponent(match[1]!).toUpperCase());
    if (!stored) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
    const { ticket } = stored;

    if (method === 'GET' && match[2] === 'escalation-suggestion') return json(200, { row: this.suggest(ticket) });
    if (method === 'GET' && match[2] === 'escalations') return json(200, this.legs.filter((l) => l.ticketId === ticket.id));
    if (method === 'POST' && match[2] === 'escalations') {
      const body = req.body as { areaId: string | null; reason: string };
      if (!body.reason?.trim()) return problem(422, 'Invalid', { errors: { reason: ['The reason is required.'] } });
      if (ticket.status === 'closed') return problem(409, 'Conflict', { type: `${PROBLEMS}/ticket-closed` });
      const row = this.suggest(ticket);
      const areaId = body.areaId ?? row?.areaId;
      if (!areaId) return problem(422, 'Invalid', { errors: { areaId: ['No area given and the matrix has none for this topic.'] } });
      if (!this.activeAreaIds().includes(areaId)) return problem(422, 'Invalid', { errors: { areaId: ['The area is not active.'] } });
      const olaMinutes = row?.areaId === areaId ? Number(row.olaMinutes) : 480;
      this.sequence += 1;
      const leg: EscalationLeg = {
        id: `01900000-0000-7000-8000-${String(700000 + this.sequence).padStart(12, '0')}`,
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        round: 1,
        previousLegId: null,
        areaId,
        toManager: false,
        responderId: null,
        status: 'open',
        reason: body.reason,
        olaMinutes,
        dueAt: new Date(FAKE_NOW + olaMinutes * 60_000).toISOString(),
        answer: null,
        answeredAt: null,
        answeredBy: null,
        reviewReason: null,
        reviewedAt: null,
        reviewedBy: null,
        createdBy: me.id,
        createdAt: new Date(FAKE_NOW).toISOString(),
      };
      this.legs.push(leg);
      this.desk.moveByEscalation(ticket.number, 'escalated', 'escalated', { legId: leg.id, areaId, reason: body.reason }, me);
      return json(201, leg);
    }
    return null;
  }

  private suggest(ticket: Ticket): EscalationMatrixRow | null {
    let topicId: string | null = ticket.topicId;
    while (topicId) {
      const id = topicId;
      const rows = this.matrix.filter((r) => r.topicId === id);
      const row = rows.find((r) => r.ticketType === ticket.type) ?? rows.find((r) => r.ticketType === null);
      if (row) return row;
      topicId = this.topicParent(id);
    }
    return null;
  }
}
