using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.TrackTicket;

/// <summary>One message of the public conversation: the agents' public replies and the customer's own messages.</summary>
internal sealed record TrackedMessageDto(string From, string Body, DateTimeOffset At);

/// <summary>What the customer sees on the tracking page: status and the public conversation, never internal notes.</summary>
internal sealed record TrackedTicketDto(
    string Number, TicketType Type, TicketStatus Status, string Subject, DateTimeOffset CreatedAt, DateTimeOffset? AnsweredAt,
    IReadOnlyList<TrackedMessageDto> Messages, IReadOnlyList<TrackedAttachmentDto> Attachments);

/// <summary>A file the customer may download from the tracking page (never internal ones).</summary>
internal sealed record TrackedAttachmentDto(Guid Id, string FileName, int SizeBytes, DateTimeOffset CreatedAt);

internal static class TrackTicket
{
    internal sealed record Query(string Number, string? Token) : IQuery<TrackedTicketDto>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, TrackedTicketDto>
    {
        private const string TicketSql = $"SELECT {TicketRow.Columns} FROM tickets.tickets t WHERE t.number = @Number";

        // Never internal files; while the requester's identity is pending, only the files the requester's side attached.
        private const string AttachmentsSql = """
            SELECT id, file_name, size_bytes, created_at FROM tickets.attachments
            WHERE ticket_id = @Id AND NOT internal AND (NOT @IdentityPending OR uploaded_by_user_id IS NULL)
            ORDER BY created_at, id
            """;

        public async ValueTask<TrackedTicketDto> Handle(Query query, CancellationToken ct)
        {
            var ticket = await LoadAsync(db, query.Number, query.Token, forUpdate: false, ct);
            // The conversation is the public projection's messages: the staff's replies and the customer's own.
            var messages = PublicTimeline.Project(await TimelineReader.ReadAsync(db, ticket.Id, ct), ticket.IdentityPending)
                .Where(e => e.Type is TimelineEvents.ReplyAdded or TimelineEvents.CustomerMessage)
                .Select(e => new TrackedMessageDto(
                    e.Type == TimelineEvents.ReplyAdded ? "agent" : "customer", e.Data.GetProperty("body").GetString() ?? "", e.OccurredAt))
                .ToList();
            var attachments = await db.QueryAsync<TrackedAttachmentDto>(AttachmentsSql, new { ticket.Id, ticket.IdentityPending }, ct);
            return new TrackedTicketDto(
                ticket.Number, EnumNames<TicketType>.Parse(ticket.Type), ticket.StatusValue, ticket.Subject, ticket.CreatedAt, ticket.AnsweredAt, messages, attachments);
        }

        /// <summary>The ticket when number and token match; the same 404 for a wrong number and a wrong token.</summary>
        public static async Task<TicketRow> LoadAsync(IDb db, string number, string? token, bool forUpdate, CancellationToken ct)
        {
            var ticket = await db.QuerySingleOrDefaultAsync<TicketRow>(forUpdate ? TicketSql + " FOR UPDATE" : TicketSql, new { Number = number.ToUpperInvariant() }, ct);
            return ticket is not null && TicketLinks.TokenMatches(ticket.TrackingToken, token)
                ? ticket
                : throw new NotFoundException("The request");
        }
    }
}
