using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Tickets;

/// <summary>The customer the ticket belongs to. A partner sees the requester as it sent it and no customer id.</summary>
internal sealed record TicketCustomerDto(Guid? Id, string Document, string Name, string? Email);

/// <summary>What the web form's submitter or the partner typed about the requester, kept as sent.</summary>
internal sealed record TicketRequesterDto(string Name, string? Email, string? Phone);

internal sealed record TicketDto(
    Guid Id,
    string Number,
    TicketType Type,
    Channel Channel,
    TicketStatus Status,
    Priority Priority,
    string Subject,
    string Description,
    TicketCustomerDto Customer,
    Guid? TopicId,
    Guid? AreaId,
    Guid? AssigneeId,
    ResolutionType? ResolutionType,
    bool ResolvedAtFirstContact,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstResponseAt,
    DateTimeOffset? AnsweredAt,
    DateTimeOffset? ClosedAt,
    int Version,
    DateTimeOffset? SlaDueAt,
    TicketSlaState? SlaState,
    TicketRequesterDto? Requester,
    bool IdentityPending);

/// <summary>A tickets row as the handlers read it.</summary>
internal sealed class TicketRow
{
    public const string Columns = """
        t.id, t.number, t.type, t.channel, t.status, t.priority, t.subject, t.description, t.customer_id, t.customer_document,
        t.customer_name, t.customer_email, t.topic_id, t.area_id, t.assignee_id, t.partner_id, t.resolution_type,
        t.resolved_at_first_contact, t.tracking_token, t.created_at, t.updated_at, t.first_response_at, t.answered_at, t.closed_at, t.version,
        t.sla_due_at, t.sla_warn_at, t.sla_state, t.requester_name, t.requester_email, t.requester_phone, t.identity_pending
        """;

    public Guid Id { get; init; }
    public string Number { get; init; } = "";
    public string Type { get; init; } = "";
    public string Channel { get; init; } = "";
    public string Status { get; init; } = "";
    public string Priority { get; init; } = "";
    public string Subject { get; init; } = "";
    public string Description { get; init; } = "";
    public Guid CustomerId { get; init; }
    public string CustomerDocument { get; init; } = "";
    public string CustomerName { get; init; } = "";
    public string? CustomerEmail { get; init; }
    public Guid? TopicId { get; init; }
    public Guid? AreaId { get; init; }
    public Guid? AssigneeId { get; init; }
    public Guid? PartnerId { get; init; }
    public string? ResolutionType { get; init; }
    public bool ResolvedAtFirstContact { get; init; }
    public string TrackingToken { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? FirstResponseAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public int Version { get; init; }
    public DateTimeOffset? SlaDueAt { get; init; }
    public DateTimeOffset? SlaWarnAt { get; init; }
    public string? SlaState { get; init; }
    public string? RequesterName { get; init; }
    public string? RequesterEmail { get; init; }
    public string? RequesterPhone { get; init; }

    /// <summary>The requester matched an existing customer without proving it (web form, partner): see 0207_tickets_requester.sql.</summary>
    public bool IdentityPending { get; init; }

    /// <summary>The name to show outside the staff side (tracking page, emails to the submitter): what the requester typed,
    /// never the customer record's when they differ.</summary>
    public string PublicRequesterName => RequesterName ?? (IdentityPending ? "" : CustomerName);

    public TicketStatus StatusValue => EnumNames<TicketStatus>.Parse(Status);

    public TicketType TypeValue => EnumNames<TicketType>.Parse(Type);

    public Channel ChannelValue => EnumNames<Channel>.Parse(Channel);

    public Priority PriorityValue => EnumNames<Priority>.Parse(Priority);

    /// <summary>
    /// The ticket as this caller sees it at this instant (its SLA state follows from the stored instants). Staff see the
    /// customer record; a partner sees the requester as it sent it, and no customer or staff ids.
    /// </summary>
    public TicketDto ToDto(ICurrentUser viewer, DateTimeOffset now)
    {
        var partner = !TicketAccess.IsStaff(viewer);
        return new(
            Id, Number, EnumNames<TicketType>.Parse(Type), EnumNames<Channel>.Parse(Channel), StatusValue,
            EnumNames<Priority>.Parse(Priority), Subject, Description,
            partner
                ? new TicketCustomerDto(null, CustomerDocument, RequesterName ?? "", RequesterEmail)
                : new TicketCustomerDto(CustomerId, CustomerDocument, CustomerName, CustomerEmail),
            TopicId, AreaId, partner ? null : AssigneeId,
            ResolutionType is null ? null : EnumNames<Contracts.ResolutionType>.Parse(ResolutionType),
            ResolvedAtFirstContact, CreatedAt, UpdatedAt, FirstResponseAt, AnsweredAt, ClosedAt, Version,
            SlaDueAt, TicketSla.StateAt(EnumNames<TicketSlaState>.ParseOrNull(SlaState), SlaDueAt, SlaWarnAt, now),
            partner || RequesterName is null ? null : new TicketRequesterDto(RequesterName, RequesterEmail, RequesterPhone),
            !partner && IdentityPending);
    }
}
