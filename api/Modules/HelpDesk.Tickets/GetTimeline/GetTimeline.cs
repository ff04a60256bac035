using System.Text.Json;
using System.Text.Json.Nodes;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;
using Mediator;

namespace HelpDesk.Tickets.GetTimeline;

/// <summary>One event of the timeline. Data holds the event's details (for replies and notes, the text).</summary>
internal sealed record TimelineEventDto(long Seq, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName, JsonElement Data);

internal static class GetTimeline
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<TimelineEventDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<TimelineEventDto>>
    {
        // A message's event names its message (messageId); the text is kept once, in tickets.messages.
        private const string Sql = $"""
            SELECT e.seq, e.occurred_at, e.type, e.actor_user_id, e.actor_name, e.data::text AS data, m.body AS message_body
            FROM tickets.events e
            LEFT JOIN tickets.messages m ON m.ticket_id = e.ticket_id
                AND e.type IN ('{TimelineEvents.ReplyAdded}', '{TimelineEvents.NoteAdded}', '{TimelineEvents.CustomerMessage}') AND m.id = (e.data ->> 'messageId')::uuid
            WHERE e.ticket_id = @TicketId ORDER BY e.seq
            """;

        private sealed class Row
        {
            public long Seq { get; init; }
            public DateTimeOffset OccurredAt { get; init; }
            public string Type { get; init; } = "";
            public Guid? ActorUserId { get; init; }
            public string? ActorName { get; init; }
            public string Data { get; init; } = "{}";
            public string? MessageBody { get; init; }
        }

        public async ValueTask<IReadOnlyList<TimelineEventDto>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            var rows = await db.QueryAsync<Row>(Sql, new { TicketId = ticket.Id }, ct);
            // Partners see what the customer may see: no internal notes.
            return [.. rows
                .Where(r => TicketAccess.IsStaff(user) || r.Type != TimelineEvents.NoteAdded)
                .Select(r => new TimelineEventDto(r.Seq, r.OccurredAt, r.Type, r.ActorUserId, r.ActorName, DataOf(r)))];
        }

        /// <summary>The event's data; a message's event gets the message's text as its body (events written before the
        /// text was kept once carry it themselves).</summary>
        private static JsonElement DataOf(Row row)
        {
            if (row.MessageBody is null)
            {
                return JsonDocument.Parse(row.Data).RootElement.Clone();
            }

            var data = JsonNode.Parse(row.Data)!.AsObject();
            if (!data.ContainsKey("body"))
            {
                data["body"] = row.MessageBody;
            }

            return JsonSerializer.SerializeToElement(data);
        }
    }
}
