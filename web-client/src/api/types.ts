// Model types derived from the operations in the OpenAPI contract (src/api/schema.d.ts),
// by path and method rather than by component name, so a renamed schema in the generated
// file does not ripple through the app.
import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of an operation's success response (200 or 201). */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? R extends { 200: infer Ok }
    ? JsonOf<Ok>
    : R extends { 201: infer Created }
      ? JsonOf<Created>
      : never
  : never;

/** The JSON request body of an operation. */
export type RequestBody<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export type CurrentUser = SuccessBody<paths['/api/auth/me']['get']>;
export type LoginBody = RequestBody<paths['/api/auth/login']['post']>;

export type Area = SuccessBody<paths['/api/directory/areas']['get']>[number];
export type CreateAreaBody = RequestBody<paths['/api/directory/areas']['post']>;
export type UpdateAreaBody = RequestBody<paths['/api/directory/areas/{id}']['put']>;

export type Topic = SuccessBody<paths['/api/directory/topics']['get']>[number];
export type CreateTopicBody = RequestBody<paths['/api/directory/topics']['post']>;
export type UpdateTopicBody = RequestBody<paths['/api/directory/topics/{id}']['put']>;

export type StaffMember = SuccessBody<paths['/api/directory/staff']['get']>[number];

export type OrganisationSettings = SuccessBody<paths['/api/directory/organisation']['get']>;

export type User = SuccessBody<paths['/api/admin/users']['get']>[number];
export type CreateUserBody = RequestBody<paths['/api/admin/users']['post']>;
export type UpdateUserBody = RequestBody<paths['/api/admin/users/{id}']['put']>;

export type ApiKey = SuccessBody<paths['/api/admin/api-keys']['get']>[number];
export type CreatedApiKey = SuccessBody<paths['/api/admin/api-keys']['post']>;
export type CreateApiKeyBody = RequestBody<paths['/api/admin/api-keys']['post']>;

export type AuditLogPage = SuccessBody<paths['/api/admin/audit-log']['get']>;
export type AuditEntry = AuditLogPage['items'][number];

export type Customer = SuccessBody<paths['/api/customers/{id}']['get']>;
export type CustomerPage = SuccessBody<paths['/api/customers']['get']>;
export type CustomerListItem = CustomerPage['items'][number];
export type CreateCustomerBody = RequestBody<paths['/api/customers']['post']>;
export type UpdateCustomerContactBody = RequestBody<paths['/api/customers/{id}/contact']['put']>;
export type RecordVerificationBody = RequestBody<paths['/api/customers/{id}/verifications']['post']>;
export type CustomerVerification = SuccessBody<paths['/api/customers/{id}/verifications']['post']>;
export type CustomerVerificationPage = SuccessBody<paths['/api/customers/{id}/verifications']['get']>;
export type CustomerHistoryPage = SuccessBody<paths['/api/customers/{id}/history']['get']>;
export type CustomerHistoryEntry = CustomerHistoryPage['items'][number];
export type DocumentType = Customer['documentType'];
export type CustomerKind = NonNullable<Customer['kind']>;
export type CompanySize = NonNullable<Customer['companySize']>;
export type VerificationCheck = CustomerVerification['checks'][number];
export type VerificationOutcome = CustomerVerification['outcome'];
export type CustomerField = CustomerHistoryEntry['field'];

export type Ticket = SuccessBody<paths['/api/tickets/{number}']['get']>;
export type TicketPage = SuccessBody<paths['/api/tickets']['get']>;
export type TicketListItem = TicketPage['items'][number];
export type TicketListQuery = NonNullable<paths['/api/tickets']['get']['parameters']['query']>;
export type CreateTicketBody = RequestBody<paths['/api/tickets']['post']>;
export type UpdateTicketBody = RequestBody<paths['/api/tickets/{number}']['patch']>;
export type ChangeStatusBody = RequestBody<paths['/api/tickets/{number}/status']['post']>;
export type AnswerTicketBody = RequestBody<paths['/api/tickets/{number}/answer']['post']>;
export type AddReplyBody = RequestBody<paths['/api/tickets/{number}/replies']['post']>;
export type TimelineEvent = SuccessBody<paths['/api/tickets/{number}/timeline']['get']>[number];
export type TicketStatus = Ticket['status'];
/** Never null on a ticket; the contract's shared enum schema carries null because some request uses it optionally. */
export type TicketType = NonNullable<Ticket['type']>;
export type Channel = Ticket['channel'];
export type Priority = Ticket['priority'];
export type ResolutionType = NonNullable<AnswerTicketBody['resolutionType']>;
export type Attachment = SuccessBody<paths['/api/tickets/{number}/attachments']['get']>[number];

export type WebRequestBody = RequestBody<paths['/api/public/tickets']['post']>;
export type WebRequestReceipt = SuccessBody<paths['/api/public/tickets']['post']>;
export type TrackedTicket = SuccessBody<paths['/api/public/tickets/{number}']['get']>;
export type TrackedMessage = TrackedTicket['messages'][number];
export type TrackedAttachment = TrackedTicket['attachments'][number];

export type EscalationLeg = SuccessBody<paths['/api/escalations/{id}']['get']>;
export type LegStatus = EscalationLeg['status'];
export type EscalationSuggestion = SuccessBody<paths['/api/tickets/{number}/escalation-suggestion']['get']>;
export type EscalationMatrixRow = NonNullable<EscalationSuggestion['row']>;
export type EscalateTicketBody = RequestBody<paths['/api/tickets/{number}/escalations']['post']>;
export type EscalationPage = SuccessBody<paths['/api/escalations']['get']>;
export type ReviewEscalationBody = RequestBody<paths['/api/escalations/{id}/review']['post']>;
export type ReviewEscalationResult = SuccessBody<paths['/api/escalations/{id}/review']['post']>;
export type Notice = SuccessBody<paths['/api/notices']['get']>[number];
export type SaveMatrixRowBody = RequestBody<paths['/api/escalation/matrix']['post']>;

export type Calendar = SuccessBody<paths['/api/sla/calendars']['get']>[number];
export type SaveCalendarBody = RequestBody<paths['/api/sla/calendars']['post']>;
export type WorkPeriod = Calendar['week'][number];
export type Weekday = WorkPeriod['day'];
export type Holiday = Calendar['holidays'][number];
export type AreaCalendar = SuccessBody<paths['/api/sla/area-calendars']['get']>[number];
export type SlaPolicy = SuccessBody<paths['/api/sla/policies']['get']>[number];
export type SavePolicyBody = RequestBody<paths['/api/sla/policies']['post']>;
export type PolicyConditions = SlaPolicy['conditions'];
export type ClockTarget = NonNullable<SlaPolicy['resolution']>;
export type TargetKind = ClockTarget['kind'];
export type SlaPreview = SuccessBody<paths['/api/sla/preview']['get']>;
export type SlaPreviewQuery = paths['/api/sla/preview']['get']['parameters']['query'];
export type TicketSla = SuccessBody<paths['/api/tickets/{number}/sla']['get']>;
export type SlaClock = TicketSla['clocks'][number];
export type ClockKind = SlaClock['kind'];
export type ClockState = SlaClock['state'];
/** The ticket's SLA in one word (lists and the ticket); null when no policy applied. */
export type TicketSlaState = NonNullable<Ticket['slaState']>;
