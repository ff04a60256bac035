import type {
  Attachment,
  CreateCustomerBody,
  CreateTicketBody,
  Customer,
  CustomerHistoryEntry,
  CustomerVerification,
  RecordVerificationBody,
  Ticket,
  TicketListItem,
  TicketStatus,
  TimelineEvent,
  TrackedTicket,
  UpdateCustomerContactBody,
  WebRequestBody,
} from '@/api/types';

import { ids, json, problem, type RecordedRequest } from './fake-api';

/** Fixed "now" of the fake server, so times in tests are predictable. */
export const FAKE_NOW = Date.parse('2026-03-10T15:00:00Z');

export const deskIds = {
  maria: '01900000-0000-7000-8000-0000000000e1',
  empresa: '01900000-0000-7000-8000-0000000000e2',
};

interface StoredTicket {
  ticket: Ticket;
  token: string;
  events: TimelineEvent[];
  /** Public conversation: agent replies and customer messages (notes are events only). */
  messages: { from: 'agent' | 'customer'; body: string; at: string }[];
  attachments: Attachment[];
}

const PROBLEMS = 'https://helpdesk.local/problems';

/** README, "Permissions": only these roles change tickets and customers (area responders may also attach files). */
const FRONT_LINE = ['agent', 'backoffice', 'supervisor', 'admin'];

function iso(offsetMinutes = 0): string {
  return new Date(FAKE_NOW + offsetMinutes * 60_000).toISOString();
}

/**
 * The Customers and Tickets part of the fake API (intake, tickets, customer 360, public web form and
 * tracking), with the contract's rules that the SPA depends on: Idempotency-Key replays, ETag /
 * If-Match (428 without, 412 stale), the 30-minute verification window for contact changes (422
 * …/verification-required), the lifecycle's manual moves (409), and notes never on the tracking page.
 */
export class FakeDesk {
  private sequence = 0;
  private ticketSequence = 2;
  private clock = 0;
  readonly idempotency = new Map<string, { body: string; number: string }>();

  customers: Customer[] = [
    {
      id: deskIds.maria,
      documentType: 'CC',
      documentNumber: '1020304050',
      fullName: 'María Pérez',
      email: 'maria@example.com',
      phones: ['3001234567'],
      address: 'Calle 10 # 20-30',
      city: 'Medellín',
      kind: 'affiliate',
      region: 'Antioquia',
      companySize: null,
      economicActivity: null,
      segment: 'Preferencial',
      createdAt: '2026-01-10T14:00:00Z',
      updatedAt: '2026-01-10T14:00:00Z',
      lastVerification: null,
      contactChangeAllowedUntil: null,
    },
  ];

  history = new Map<string, CustomerHistoryEntry[]>();
  verifications = new Map<string, CustomerVerification[]>();
  tickets = new Map<string, StoredTicket>();

  constructor() {
    this.seedTicket({
      number: 'PQRS-2026-000001',
      status: 'open',
      assigneeId: ids.agent,
      subject: 'Demora en el desembolso del crédito',
      description: 'El crédito fue aprobado hace un mes y no ha llegado el dinero.',
      topicId: ids.loanStatus,
      areaId: ids.credit,
      createdAt: '2026-03-01T13:00:00Z',
      updatedAt: '2026-03-02T13:00:00Z',
    });
    this.seedTicket({
      number: 'PQRS-2026-000002',
      status: 'new',
      assigneeId: null,
      type: 'complaint',
      channel: 'walk_in',
      subject: 'Mala atención en la sede',
      description: 'Esperé dos horas.',
      topicId: null,
      areaId: null,
      createdAt: '2026-03-03T13:00:00Z',
      updatedAt: '2026-03-03T13:00:00Z',
    });
  }

  // --- helpers for tests -----------------------------------------------------------------------

  ticket(number: string): StoredTicket {
    const stored = this.tickets.get(number);
    if (!stored) throw new Error(`no fake ticket ${number}`);
    return stored;
  }

  /** Someone else changes the ticket: its version moves on, so our ETag becomes stale. */
  bumpVersion(number: string) {
    const { ticket } = this.ticket(number);
    ticket.version = Number(ticket.version) + 1;
  }

  /** The Escalation module moved the ticket (escalated, or back to open after a review): a timeline event and a new version. */
  moveByEscalation(number: string, to: TicketStatus, type: string, data: unknown, actor: { id: string; displayName: string }) {
    const stored = this.ticket(number);
    this.event(stored, type, data, actor.id, actor.displayName);
    if (stored.ticket.status !== to) this.setStatus(stored, to, null, actor);
    this.touch(stored);
  }

  /** A passed verification a moment ago (contact data may change). */
  verify(customerId: string) {
    const customer = this.customers.find((c) => c.id === customerId)!;
    this.applyVerification(customer, { checks: ['document_number'], outcome: 'passed', channel: 'phone', ticketId: null, notes: null }, ids.agent);
  }

  // --- request handling ------------------------------------------------------------------------

  /** Routes without a session (the customer's side). Null when the path is not one of them. */
  handlePublic(req: RecordedRequest): Response | null {
    const { method, path } = req;
    if (method === 'POST' && path === '/api/public/tickets') return this.submitWebRequest(req.body as WebRequestBody);
    const track = /^\/api\/public\/tickets\/([^/]+)$/.exec(path);
    if (method === 'GET' && track) {
      const stored = this.byToken(track[1]!, req.query.get('token'));
      return stored ? json(200, this.tracked(stored)) : problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
    }
    const upload = /^\/api\/public\/tickets\/([^/]+)\/attachments$/.exec(path);
    if (method === 'POST' && upload) {
      const stored = this.byToken(upload[1]!, req.query.get('token'));
      if (!stored) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      const attachment: Attachment = {
        id: this.nextId(),
        fileName: `archivo-${stored.attachments.length + 1}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: 2048,
        internal: false,
        uploadedByName: stored.ticket.customer.name,
        createdAt: this.tick(),
      };
      stored.attachments.push(attachment);
      this.touch(stored);
      return json(201, attachment);
    }
    const message = /^\/api\/public\/tickets\/([^/]+)\/messages$/.exec(path);
    if (method === 'POST' && message) {
      const stored = this.byToken(message[1]!, req.query.get('token'));
      if (!stored) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      const body = (req.body as { body: string }).body;
      if (!body.trim()) return problem(422, 'Invalid', { errors: { body: ["'Body' must not be empty."] } });
      const at = this.tick();
      stored.messages.push({ from: 'customer', body, at });
      this.event(stored, 'customer_message', { body }, null, stored.ticket.customer.name);
      if (stored.ticket.status === 'answered' || stored.ticket.status === 'closed') this.setStatus(stored, 'reopened', 'customer wrote back', null);
      this.touch(stored);
      return json(200, this.tracked(stored));
    }
    return null;
  }

  /** Staff routes (a session is present). Null when the path is not one of them. */
  handleStaff(req: RecordedRequest, me: { id: string; displayName: string; roles: readonly string[] }): Response | null {
    const { method, path } = req;
    if (method !== 'GET' && (path.startsWith('/api/tickets') || path.startsWith('/api/customers')) && !me.roles.some((r) => FRONT_LINE.includes(r))) {
      const attaching = me.roles.includes('area_responder') && /^\/api\/tickets\/[^/]+\/attachments$/.test(path);
      if (!attaching) return problem(403, 'Forbidden', { type: `${PROBLEMS}/forbidden` });
    }

    if (method === 'GET' && path === '/api/customers') {
      const type = req.query.get('documentType');
      const number = req.query.get('documentNumber');
      const q = req.query.get('q')?.toLowerCase();
      const items = this.customers
        .filter((c) => (!type || c.documentType === type) && (!number || c.documentNumber === number.replace(/[.\s]/g, '')))
        .filter((c) => !q || c.fullName.toLowerCase().includes(q))
        .map(({ id, documentType, documentNumber, fullName, email, phones, city, kind, segment }) => ({
          id,
          documentType,
          documentNumber,
          fullName,
          email,
          phones,
          city,
          kind,
          segment,
        }));
      return json(200, { items, nextCursor: null });
    }
    if (method === 'POST' && path === '/api/customers') return this.createCustomer(req.body as CreateCustomerBody);

    const customerMatch = /^\/api\/customers\/([^/]+)(\/[a-z]+)?$/.exec(path);
    if (customerMatch) {
      const customer = this.customers.find((c) => c.id === customerMatch[1]);
      if (!customer) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      const sub = customerMatch[2];
      if (method === 'GET' && !sub) return json(200, customer);
      if (method === 'POST' && sub === '/verifications') {
        const body = req.body as RecordVerificationBody;
        if (!body.checks || body.checks.length === 0)
          return problem(422, 'Invalid', { errors: { checks: ['Say which data on file the requester was asked for.'] } });
        const verification = this.applyVerification(customer, body, me.id);
        const onTicket = [...this.tickets.values()].find((t) => t.ticket.id === body.ticketId);
        if (onTicket && verification.outcome === 'passed' && onTicket.ticket.identityPending) {
          onTicket.ticket.identityPending = false;
          onTicket.ticket.version = Number(onTicket.ticket.version) + 1;
        }
        return json(201, verification);
      }
      if (method === 'GET' && sub === '/verifications') return json(200, { items: this.verifications.get(customer.id) ?? [], nextCursor: null });
      if (method === 'GET' && sub === '/history') return json(200, { items: this.history.get(customer.id) ?? [], nextCursor: null });
      if (method === 'PUT' && sub === '/contact') return this.updateContact(customer, req.body as UpdateCustomerContactBody, me.id);
    }

    if (method === 'POST' && path === '/api/tickets') return this.createTicket(req, me);
    if (method === 'GET' && path === '/api/tickets') return this.listTickets(req, me);

    const ticketMatch = /^\/api\/tickets\/([^/]+)(?:\/([a-z]+)(?:\/([^/]+))?)?$/.exec(path);
    if (ticketMatch) {
      const stored = this.tickets.get(decodeURIComponent(ticketMatch[1]!).toUpperCase());
      if (!stored) return problem(404, 'Not Found', { type: `${PROBLEMS}/not-found` });
      const sub = ticketMatch[2];
      const { ticket } = stored;
      if (method === 'GET' && !sub) return this.withEtag(200, stored);
      if (method === 'GET' && sub === 'timeline') return json(200, stored.events);
      if (method === 'GET' && sub === 'attachments' && !ticketMatch[3]) return json(200, stored.attachments);
      if (method === 'POST' && sub === 'attachments') {
        const attachment: Attachment = {
          id: this.nextId(),
          fileName: 'adjunto.pdf',
          contentType: 'application/pdf',
          sizeBytes: 1234,
          internal: false,
          uploadedByName: me.displayName,
          createdAt: this.tick(),
        };
        stored.attachments.push(attachment);
        this.event(stored, 'attachment_added', { attachmentId: attachment.id, fileName: attachment.fileName, internal: false }, me.id, me.displayName);
        this.touch(stored);
        return json(201, attachment);
      }
      if (method === 'POST' && sub === 'replies') {
        const body = req.body as { body: string; waitForCustomer?: boolean };
        if (ticket.status === 'closed') return problem(409, 'Conflict', { type: `${PROBLEMS}/ticket-closed`, detail: `Ticket ${ticket.number} is closed; reopen it to reply.` });
        stored.messages.push({ from: 'agent', body: body.body, at: this.tick() });
        this.event(stored, 'reply_added', { body: body.body }, me.id, me.displayName);
        const target: TicketStatus | null = body.waitForCustomer ? 'pending_customer' : ['new', 'reopened', 'pending_customer'].includes(ticket.status) ? 'open' : null;
        if (target && target !== ticket.status) this.setStatus(stored, target, 'reply', me);
        ticket.firstResponseAt ??= this.tick();
        this.touch(stored);
        return this.withEtag(200, stored);
      }
      if (method === 'POST' && sub === 'notes') {
        this.event(stored, 'note_added', { body: (req.body as { body: string }).body }, me.id, me.displayName);
        this.touch(stored);
        return this.withEtag(200, stored);
      }

      // The rest change the ticket under optimistic concurrency.
      const ifMatch = req.headers.get('If-Match');
      if (!ifMatch) return problem(428, 'If-Match required', { type: `${PROBLEMS}/if-match-required` });
      if (ifMatch.replace(/^W\//, '').replace(/"/g, '') !== String(ticket.version))
        return problem(412, 'Precondition failed', { type: `${PROBLEMS}/stale-version`, currentVersion: ticket.version });

      if (method === 'PATCH' && !sub) {
        const body = req.body as { type: Ticket['type'] | null; topicId: string | null; priority: Ticket['priority'] | null; subject: string | null };
        for (const field of ['type', 'topicId', 'priority', 'subject'] as const) {
          const to = body[field];
          if (to !== null && to !== ticket[field]) {
            this.event(stored, 'field_changed', { field, from: ticket[field], to }, me.id, me.displayName);
            Object.assign(ticket, { [field]: to });
          }
        }
        this.touch(stored);
        return this.withEtag(200, stored);
      }
      if (method === 'POST' && sub === 'status') {
        const { status, reason } = req.body as { status: TicketStatus; reason: string | null };
        const allowed: Record<TicketStatus, TicketStatus[]> = {
          new: ['open', 'pending_customer'],
          open: ['pending_customer'],
          pending_customer: ['open'],
          escalated: ['open'],
          answered: ['closed', 'reopened'],
          closed: ['reopened'],
          reopened: ['open', 'pending_customer'],
        };
        if (!allowed[ticket.status].includes(status))
          return problem(409, 'Conflict', { type: `${PROBLEMS}/invalid-transition`, currentStatus: ticket.status });
        this.setStatus(stored, status, reason, me);
        this.touch(stored);
        return this.withEtag(200, stored);
      }
      if (method === 'PUT' && sub === 'assignee') {
        const { assigneeId } = req.body as { assigneeId: string | null };
        this.event(stored, 'assigned', { from: ticket.assigneeId, assigneeId }, me.id, me.displayName);
        ticket.assigneeId = assigneeId;
        if (assigneeId && ticket.status === 'new') this.setStatus(stored, 'open', 'assigned', me);
        this.touch(stored);
        return this.withEtag(200, stored);
      }
      if (method === 'POST' && sub === 'answer') {
        const { body, resolutionType } = req.body as { body: string; resolutionType: Ticket['resolutionType'] };
        stored.messages.push({ from: 'agent', body, at: this.tick() });
        this.event(stored, 'reply_added', { body }, me.id, me.displayName);
        this.event(stored, 'answered', { resolutionType, atFirstContact: false }, me.id, me.displayName);
        this.setStatus(stored, 'answered', null, me);
        ticket.resolutionType = resolutionType;
        ticket.answeredAt = this.tick();
        this.touch(stored);
        return this.withEtag(200, stored);
      }
    }
    return null;
  }

  // --- customers -------------------------------------------------------------------------------

  private createCustomer(body: CreateCustomerBody): Response {
    const existing = this.customers.find((c) => c.documentType === body.documentType && c.documentNumber === body.documentNumber);
    if (existing)
      return problem(409, 'Conflict', { type: `${PROBLEMS}/duplicate-document`, detail: 'A customer with this document already exists.', customerId: existing.id });
    if (!body.kind) return problem(422, 'Invalid', { errors: { kind: ["'Kind' must not be empty."] } });
    const now = this.tick();
    const customer: Customer = {
      id: this.nextId(),
      documentType: body.documentType ?? 'CC',
      documentNumber: body.documentNumber,
      fullName: body.fullName,
      email: body.email,
      phones: body.phones ?? [],
      address: body.address,
      city: body.city,
      kind: body.kind,
      region: body.region,
      companySize: body.companySize,
      economicActivity: body.economicActivity,
      segment: body.segment,
      createdAt: now,
      updatedAt: now,
      lastVerification: null,
      contactChangeAllowedUntil: null,
    };
    this.customers.push(customer);
    return json(201, customer);
  }

  private applyVerification(customer: Customer, body: RecordVerificationBody, by: string): CustomerVerification {
    const at = this.tick();
    const verification: CustomerVerification = {
      id: this.nextId(),
      customerId: customer.id,
      outcome: body.outcome ?? 'failed',
      checks: body.checks ?? [],
      channel: body.channel ?? 'phone',
      ticketId: body.ticketId,
      notes: body.notes,
      verifiedBy: by,
      verifiedByEmail: 'carlos.agente@example.com',
      verifiedAt: at,
    };
    this.verifications.set(customer.id, [verification, ...(this.verifications.get(customer.id) ?? [])]);
    customer.lastVerification = {
      id: verification.id,
      outcome: verification.outcome,
      checks: verification.checks,
      channel: verification.channel,
      verifiedBy: by,
      verifiedByEmail: verification.verifiedByEmail,
      verifiedAt: at,
      ticketId: verification.ticketId,
    };
    customer.contactChangeAllowedUntil = verification.outcome === 'passed' ? new Date(Date.parse(at) + 30 * 60_000).toISOString() : null;
    return verification;
  }

  private updateContact(customer: Customer, body: UpdateCustomerContactBody, by: string): Response {
    if (!customer.contactChangeAllowedUntil) {
      return problem(422, 'Identity verification required', {
        type: `${PROBLEMS}/verification-required`,
        detail: 'Contact data can change only within 30 minutes of a passed identity verification of this customer (and none failed since).',
      });
    }
    const at = this.tick();
    const entries: CustomerHistoryEntry[] = [];
    const change = (field: CustomerHistoryEntry['field'], oldValue: string | null, newValue: string | null) => {
      if (oldValue !== newValue)
        entries.push({ id: this.nextId(), field, oldValue, newValue, changedBy: by, changedByEmail: 'carlos.agente@example.com', changedAt: at, verificationId: customer.lastVerification?.id ?? null });
    };
    change('email', customer.email, body.email);
    change('phones', customer.phones.join(', ') || null, (body.phones ?? []).join(', ') || null);
    change('address', customer.address, body.address);
    change('city', customer.city, body.city);
    Object.assign(customer, { email: body.email, phones: body.phones ?? [], address: body.address, city: body.city, updatedAt: at });
    this.history.set(customer.id, [...entries, ...(this.history.get(customer.id) ?? [])]);
    return json(200, customer);
  }

  // --- tickets ---------------------------------------------------------------------------------

  private createTicket(req: RecordedRequest, me: { id: string; displayName: string }): Response {
    const body = req.body as CreateTicketBody;
    const key = req.headers.get('Idempotency-Key');
    const bodyJson = JSON.stringify(body);
    if (key) {
      const seen = this.idempotency.get(key);
      if (seen && seen.body !== bodyJson)
        return problem(422, 'Idempotency-Key reused', { type: `${PROBLEMS}/idempotency-key-reused`, detail: 'This Idempotency-Key was already used with a different request body.' });
      if (seen) return json(201, this.ticket(seen.number).ticket);
    }
    if (!body.subject.trim()) return problem(422, 'Invalid', { errors: { subject: ["'Subject' must not be empty."] } });
    const customer = this.customers.find((c) => c.id === body.customerId);
    if (!customer) return problem(422, 'Invalid', { errors: { customerId: ['There is no customer with this id.'] } });
    const stored = this.newTicket({
      type: body.type,
      channel: body.channel,
      subject: body.subject,
      description: body.description,
      customer: { id: customer.id, document: customer.documentNumber, name: customer.fullName, email: customer.email },
      topicId: body.topicId,
      priority: body.priority ?? 'normal',
      assigneeId: body.assigneeId,
      status: body.answerNow ? 'closed' : body.assigneeId ? 'open' : 'new',
      actor: me,
    });
    if (body.answerNow) {
      const { ticket } = stored;
      stored.messages.push({ from: 'agent', body: body.answerNow.body, at: ticket.createdAt });
      this.event(stored, 'reply_added', { body: body.answerNow.body }, me.id, me.displayName);
      this.event(stored, 'answered', { resolutionType: body.answerNow.resolutionType, atFirstContact: true }, me.id, me.displayName);
      Object.assign(ticket, {
        resolutionType: body.answerNow.resolutionType,
        resolvedAtFirstContact: true,
        answeredAt: ticket.createdAt,
        closedAt: ticket.createdAt,
        firstResponseAt: ticket.createdAt,
      });
    }
    if (key) this.idempotency.set(key, { body: bodyJson, number: stored.ticket.number });
    return json(201, stored.ticket);
  }

  private listTickets(req: RecordedRequest, me: { id: string }): Response {
    const q = req.query;
    const text = q.get('q')?.toLowerCase();
    let rows = [...this.tickets.values()].map((s) => s.ticket);
    const eq = (name: string, value: (t: Ticket) => string | null) => {
      const wanted = q.get(name);
      if (wanted) rows = rows.filter((t) => value(t) === wanted);
    };
    eq('status', (t) => t.status);
    eq('type', (t) => t.type);
    eq('channel', (t) => t.channel);
    eq('topicId', (t) => t.topicId);
    eq('areaId', (t) => t.areaId);
    eq('assigneeId', (t) => t.assigneeId);
    eq('customerId', (t) => t.customer.id);
    const queue = q.get('queue');
    if (queue === 'mine') rows = rows.filter((t) => t.assigneeId === me.id);
    if (queue === 'unassigned') rows = rows.filter((t) => t.assigneeId === null);
    if (queue === 'pending_customer') rows = rows.filter((t) => t.status === 'pending_customer');
    if (queue === 'reopened') rows = rows.filter((t) => t.status === 'reopened');
    if (queue === 'at_risk') rows = rows.filter((t) => (t.slaState === 'at_risk' || t.slaState === 'breached') && !['answered', 'closed'].includes(t.status));
    eq('slaState', (t) => t.slaState);
    if (text) rows = rows.filter((t) => `${t.number} ${t.subject} ${t.description} ${t.customer.name} ${t.customer.document}`.toLowerCase().includes(text));
    const sort = q.get('sort');
    // "due": nearest SLA due time first, only tickets with a clock counting.
    if (sort === 'due') rows = rows.filter((t) => t.slaDueAt !== null);
    rows.sort((a, b) =>
      sort === 'oldest_update'
        ? a.updatedAt.localeCompare(b.updatedAt)
        : sort === 'due'
          ? a.slaDueAt!.localeCompare(b.slaDueAt!)
          : b.createdAt.localeCompare(a.createdAt),
    );
    const limit = Number(q.get('limit') ?? '50');
    const start = Number(q.get('cursor') ?? '0');
    const items: TicketListItem[] = rows.slice(start, start + limit).map((t) => ({
      id: t.id,
      number: t.number,
      type: t.type,
      channel: t.channel,
      status: t.status,
      priority: t.priority,
      subject: t.subject,
      customerName: t.customer.name,
      customerDocument: t.customer.document,
      topicId: t.topicId,
      areaId: t.areaId,
      assigneeId: t.assigneeId,
      createdAt: t.createdAt,
      updatedAt: t.updatedAt,
      slaDueAt: t.slaDueAt,
      slaState: t.slaState,
    }));
    return json(200, { items, nextCursor: start + limit < rows.length ? String(start + limit) : null });
  }

  private submitWebRequest(body: WebRequestBody): Response {
    if (body.website) return problem(422, 'Invalid', { errors: { website: ['This request could not be accepted.'] } });
    let customer = this.customers.find((c) => c.documentType === body.documentType && c.documentNumber === body.documentNumber);
    const identityPending = customer !== undefined;
    if (!customer) {
      customer = {
        ...this.customers[0]!,
        id: this.nextId(),
        documentType: body.documentType,
        documentNumber: body.documentNumber,
        fullName: body.fullName,
        email: body.email,
        phones: body.phone ? [body.phone] : [],
        lastVerification: null,
        contactChangeAllowedUntil: null,
      };
      this.customers.push(customer);
    }
    const stored = this.newTicket({
      type: body.type,
      channel: 'web',
      subject: body.subject ?? body.description.slice(0, 80),
      description: body.description,
      customer: { id: customer.id, document: customer.documentNumber, name: customer.fullName, email: customer.email },
      topicId: null,
      priority: 'normal',
      assigneeId: null,
      status: 'new',
      actor: null,
      requester: { name: body.fullName, email: body.email, phone: body.phone ?? null },
      identityPending,
    });
    const number = stored.ticket.number;
    return json(201, { number, trackingUrl: `http://localhost:5080/seguimiento/${number}?token=${stored.token}` });
  }

  private seedTicket(partial: Partial<Ticket> & { number: string }) {
    const customer = this.customers[0]!;
    const ticket: Ticket = {
      id: this.nextId(),
      type: 'claim',
      channel: 'phone',
      status: 'new',
      priority: 'normal',
      subject: 'Caso',
      description: '',
      customer: { id: customer.id, document: customer.documentNumber, name: customer.fullName, email: customer.email },
      topicId: null,
      areaId: null,
      assigneeId: null,
      resolutionType: null,
      resolvedAtFirstContact: false,
      createdAt: '2026-03-01T13:00:00Z',
      updatedAt: '2026-03-01T13:00:00Z',
      firstResponseAt: null,
      answeredAt: null,
      closedAt: null,
      version: 3,
      slaDueAt: null,
      slaState: null,
      requester: null,
      identityPending: false,
      ...partial,
    };
    const stored: StoredTicket = { ticket, token: `token-${partial.number}`, events: [], messages: [], attachments: [] };
    this.tickets.set(ticket.number, stored);
    this.event(stored, 'created', { number: ticket.number, type: ticket.type, channel: ticket.channel, status: 'new' }, ids.agent, 'Carlos Agente', ticket.createdAt);
  }

  private newTicket(input: {
    type: Ticket['type'];
    channel: Ticket['channel'];
    subject: string;
    description: string;
    customer: Ticket['customer'];
    topicId: string | null;
    priority: Ticket['priority'];
    assigneeId: string | null;
    status: TicketStatus;
    actor: { id: string; displayName: string } | null;
    requester?: Ticket['requester'];
    identityPending?: boolean;
  }): StoredTicket {
    this.ticketSequence += 1;
    const now = this.tick();
    const ticket: Ticket = {
      id: this.nextId(),
      number: `PQRS-2026-${String(this.ticketSequence).padStart(6, '0')}`,
      type: input.type,
      channel: input.channel,
      status: input.status,
      priority: input.priority,
      subject: input.subject,
      description: input.description,
      customer: input.customer,
      topicId: input.topicId,
      areaId: input.topicId ? ids.credit : null,
      assigneeId: input.assigneeId,
      resolutionType: null,
      resolvedAtFirstContact: false,
      createdAt: now,
      updatedAt: now,
      firstResponseAt: null,
      answeredAt: null,
      closedAt: null,
      version: 1,
      slaDueAt: null,
      slaState: null,
      requester: input.requester ?? null,
      identityPending: input.identityPending ?? false,
    };
    const stored: StoredTicket = { ticket, token: `secret-${this.ticketSequence}`, events: [], messages: [], attachments: [] };
    this.tickets.set(ticket.number, stored);
    this.event(stored, 'created', { number: ticket.number, type: ticket.type, channel: ticket.channel, status: ticket.status }, input.actor?.id ?? null, input.actor?.displayName ?? null);
    return stored;
  }

  private byToken(number: string, token: string | null): StoredTicket | null {
    const stored = this.tickets.get(decodeURIComponent(number).toUpperCase());
    return stored && token === stored.token ? stored : null;
  }

  private tracked(stored: StoredTicket): TrackedTicket {
    const { ticket } = stored;
    return {
      number: ticket.number,
      type: ticket.type,
      status: ticket.status,
      subject: ticket.subject,
      createdAt: ticket.createdAt,
      answeredAt: ticket.answeredAt,
      messages: stored.messages.map((m) => ({ ...m })),
      attachments: stored.attachments
        .filter((a) => !a.internal)
        .map(({ id, fileName, sizeBytes, createdAt }) => ({ id, fileName, sizeBytes, createdAt })),
    };
  }

  private setStatus(stored: StoredTicket, to: TicketStatus, reason: string | null, actor: { id: string; displayName: string } | null) {
    this.event(stored, 'status_changed', { from: stored.ticket.status, to, reason }, actor?.id ?? null, actor?.displayName ?? null);
    stored.ticket.status = to;
  }

  private touch(stored: StoredTicket) {
    stored.ticket.version = Number(stored.ticket.version) + 1;
    stored.ticket.updatedAt = this.tick();
  }

  private withEtag(status: number, stored: StoredTicket): Response {
    return json(status, stored.ticket, { ETag: `"${stored.ticket.version}"` });
  }

  private event(stored: StoredTicket, type: string, data: unknown, actorUserId: string | null, actorName: string | null, at?: string) {
    stored.events.push({ seq: stored.events.length + 1, occurredAt: at ?? this.tick(), type, actorUserId, actorName, data });
  }

  private tick(): string {
    this.clock += 1;
    return iso(this.clock);
  }

  private nextId(): string {
    this.sequence += 1;
    return `01900000-0000-7000-8000-${String(800000 + this.sequence).padStart(12, '0')}`;
  }
}
