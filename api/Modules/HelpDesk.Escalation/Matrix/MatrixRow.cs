using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.Matrix;

/// <summary>
/// One row of the escalation matrix: for a topic (and optionally one ticket type), the area that answers, an optional
/// default responder, the next level for a second round, and the area's answer target in business minutes.
/// </summary>
internal sealed record MatrixRowDto(
    Guid Id, Guid TopicId, TicketType? TicketType, Guid AreaId, Guid? DefaultResponderId, Guid? NextAreaId, bool NextToManager, int OlaMinutes);

internal sealed class MatrixRowData
{
    public const string Columns = "id, topic_id, ticket_type, area_id, default_responder_id, next_area_id, next_to_manager, ola_minutes";

    public Guid Id { get; init; }
    public Guid TopicId { get; init; }
    public string? TicketType { get; init; }
    public Guid AreaId { get; init; }
    public Guid? DefaultResponderId { get; init; }
    public Guid? NextAreaId { get; init; }
    public bool NextToManager { get; init; }
    public int OlaMinutes { get; init; }

    public MatrixRowDto ToDto() => new(
        Id, TopicId, TicketType is null ? null : Shared.Data.EnumNames<TicketType>.Parse(TicketType), AreaId, DefaultResponderId, NextAreaId, NextToManager, OlaMinutes);
}
