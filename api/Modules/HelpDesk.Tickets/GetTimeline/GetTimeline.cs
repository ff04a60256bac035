using System.Text.Json;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using HelpDesk.Tickets.Tickets;
using Mediator;

namespace HelpDesk.Tickets.GetTimeline;

/// <summary>One event of the timeline. Data holds the event's details (for replies and notes, the text).</summary>
internal sealed record TimelineEventDto(long Seq, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName, JsonElement Data);

internal static class GetTimeline
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<TimelineEventDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<TimelineEventDto>>
    {
        private const string Sql = """
            SELECT seq, occurred_at, type, actor_user_id, actor_name, data::text AS data
            FROM tickets.events WHERE ticket_id = @TicketId ORDER BY seq
            """;

        private sealed class Row
        {
            public long Seq { get; init; }
            public DateTimeOffset OccurredAt { get; init; }
            public string Type { get; init; } = "";
            public Guid? ActorUserId { get; init; }
            public string? ActorName { get; init; }
            public string Data { get; init; } = "{}";
        }

        public async ValueTask<IReadOnlyList<TimelineEventDto>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            var rows = await db.QueryAsync<Row>(Sql, new { TicketId = ticket.Id }, ct);
            // Partners see what the customer may see: no internal notes.
            return [.. rows
                .Where(r => TicketAccess.IsStaff(user) || r.Type != Timeline.TimelineEvents.NoteAdded)
                .Select(r => new TimelineEventDto(r.Seq, r.OccurredAt, r.Type, r.ActorUserId, r.ActorName, JsonDocument.Parse(r.Data).RootElement.Clone()))];
        }
    }
}
