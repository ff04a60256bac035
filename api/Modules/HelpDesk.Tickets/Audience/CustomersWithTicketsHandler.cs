using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.Audience;

/// <summary>
/// Answers <see cref="FindCustomersWithTickets"/> in one statement. With a finished-since instant it reads only the
/// indexes of closed and of answered tickets from that instant on (tickets_closed_idx and tickets_answered_idx, migration
/// 0220: index-only scans that carry the customer, channel and topic); without one it reads every ticket (a filter by
/// channel or topic over all history).
/// </summary>
internal sealed class CustomersWithTicketsHandler(IDb db) : IQueryHandler<FindCustomersWithTickets, IReadOnlyList<Guid>>
{
    // Finished: closed (at closed_at), or answered and not closed since (at answered_at). A reopened ticket is neither
    // until it is answered or closed again (reopening clears closed_at). UNION makes the ids distinct.
    private const string FinishedSql = """
        SELECT t.customer_id FROM tickets.tickets t
        WHERE t.status = 'closed' AND t.closed_at >= @Since
          AND (cardinality(@Channels) = 0 OR t.channel = ANY(@Channels))
          AND (cardinality(@TopicIds) = 0 OR t.topic_id = ANY(@TopicIds))
        UNION
        SELECT t.customer_id FROM tickets.tickets t
        WHERE t.status = 'answered' AND t.answered_at >= @Since
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
