using System.Text.Json;
using System.Text.Json.Nodes;

namespace HelpDesk.Tickets.Timeline;

/// <summary>One event of the timeline. Data holds the event's details (for replies and notes, the text).</summary>
internal sealed record TimelineEventDto(long Seq, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName, JsonElement Data);

/// <summary>Reads a ticket's whole timeline, in order, as the staff see it.</summary>
internal static class TimelineReader
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

    public static async Task<IReadOnlyList<TimelineEventDto>> ReadAsync(IDb db, Guid ticketId, CancellationToken ct) =>
        [.. (await db.QueryAsync<Row>(Sql, new { TicketId = ticketId }, ct))
            .Select(r => new TimelineEventDto(r.Seq, r.OccurredAt, r.Type, r.ActorUserId, r.ActorName, DataOf(r)))];

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
