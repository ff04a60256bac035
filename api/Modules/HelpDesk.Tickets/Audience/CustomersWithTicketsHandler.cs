using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Audience;

/// <summary>
/// Answers <see cref="FindCustomersWithTickets"/> in one statement. With a finished-since instant it reads only the
/// index of finished tickets from that instant on (tickets_finished_idx, migration 0220: an index-only scan that carries
/// the customer, channel and topic); without one it reads every ticket (a filter by channel or topic over all history).
/// </summary>
internal sealed class CustomersWithTicketsHandler(IDb db) : IQueryHandler<FindCustomersWithTickets, IReadOnlyList<Guid>>
{
    // coalesce(closed_at, answered_at) is the expression of tickets_finished_idx: the instant the ticket was closed, or
    // answered when it was not closed since. A reopened ticket is neither until it is answered or closed again.
    private const string FinishedSql = """
        SELECT DISTINCT t.customer_id
        FROM tickets.tickets t
        WHERE t.status IN ('answered', 'closed') AND coalesce(t.closed_at, t.answered_at) >= @Since
          AND (cardinality(@Channels) = 0 OR t.channel = ANY(@Channels))
          AND (cardinality(@TopicIds) = 0 OR t.topic_id = ANY(@TopicIds))
        """;

    private const string AnySql = """
        SELECT DISTINCT t.customer_id
        FROM tickets.tickets t
        WHERE (cardinality(@Channels) = 0 OR t.channel = ANY(@Channels))
          AND (cardinality(@TopicIds) = 0 OR t.topic_id = ANY(@TopicIds))
        """;

    public async ValueTask<IReadOnlyList<Guid>> Handle(FindCustomersWithTickets query, CancellationToken ct) =>
        await db.QueryAsync<Guid>(query.FinishedSince is null ? AnySql : FinishedSql, new
        {
            Channels = query.Channels.Select(c => c.ToDb()).Distinct().ToArray(),
            TopicIds = query.TopicIds.Distinct().ToArray(),
            Since = query.FinishedSince,
        }, ct);
}
