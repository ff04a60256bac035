using HelpDesk.Shared.Data;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Tickets;

internal sealed record TicketCustomerDto(Guid Id, string Document, string Name, string? Email);

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
    TicketSlaState? SlaState);

/// <summary>A tickets row as the handlers read it.</summary>
internal sealed class TicketRow
{
    public const string Columns = """
        t.id, t.number, t.type, t.channel, t.status, t.priority, t.subject, t.description, t.customer_id, t.customer_document,
        t.customer_name, t.customer_email, t.topic_id, t.area_id, t.assignee_id, t.partner_id, t.resolution_type,
        t.resolved_at_first_contact, t.tracking_token, t.created_at, t.updated_at, t.first_response_at, t.answered_at, t.closed_at, t.version,
        t.sla_due_at, t.sla_warn_at, t.sla_state
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

    public TicketStatus StatusValue => EnumNames<TicketStatus>.Parse(Status);

    /// <summary>The ticket as clients see it at this instant (its SLA state follows from the stored instants).</summary>
    public TicketDto ToDto(DateTimeOffset now) => new(
        Id, Number, EnumNames<TicketType>.Parse(Type), EnumNames<Channel>.Parse(Channel), StatusValue,
        EnumNames<Priority>.Parse(Priority), Subject, Description,
        new TicketCustomerDto(CustomerId, CustomerDocument, CustomerName, CustomerEmail),
        TopicId, AreaId, AssigneeId,
        ResolutionType is null ? null : EnumNames<Contracts.ResolutionType>.Parse(ResolutionType),
        ResolvedAtFirstContact, CreatedAt, UpdatedAt, FirstResponseAt, AnsweredAt, ClosedAt, Version,
        SlaDueAt, TicketSla.StateAt(EnumNames<TicketSlaState>.ParseOrNull(SlaState), SlaDueAt, SlaWarnAt, now));
}
