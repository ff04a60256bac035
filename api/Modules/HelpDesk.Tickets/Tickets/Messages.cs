namespace HelpDesk.Tickets.Tickets;

internal enum MessageKind
{
    /// <summary>Public reply from staff: emailed to the customer, shown on the tracking page.</summary>
    Reply,

    /// <summary>Internal note: never shown or sent to the customer.</summary>
    Note,

    /// <summary>Written by the customer (tracking page, email).</summary>
    Customer,
}

internal static class Messages
{
    private const string InsertSql = """
        INSERT INTO tickets.messages (id, ticket_id, kind, body, author_user_id, author_name, created_at)
        VALUES (@Id, @TicketId, @Kind, @Body, @AuthorUserId, @AuthorName, @Now)
        """;

    public static Task<Guid> InsertAsync(IDb db, ICurrentUser author, Guid ticketId, MessageKind kind, string body, DateTimeOffset now, CancellationToken ct) =>
        InsertAsync(db, author.UserId, author.DisplayName ?? author.Email ?? "", ticketId, kind, body, now, ct);

    public static async Task<Guid> InsertAsync(IDb db, Guid? authorUserId, string authorName, Guid ticketId, MessageKind kind, string body, DateTimeOffset now, CancellationToken ct)
    {
        var id = Guid.CreateVersion7(now);
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id,
            TicketId = ticketId,
            Kind = kind.ToString().ToLowerInvariant(),
            Body = body,
            AuthorUserId = authorUserId,
            AuthorName = authorName,
            Now = now,
        }, ct);
        return id;
    }
}
