namespace HelpDesk.Tickets.Contracts;

/// <summary>
/// The customers who have at least one ticket meeting every given condition: through one of <paramref name="Channels"/>,
/// about one of <paramref name="TopicIds"/> (empty lists: any), finished (answered or closed, the instant hot surveys react
/// to) at or after <paramref name="FinishedSince"/> (null: any ticket, finished or not). Distinct ids, in no order. Asked by
/// the survey campaigns' customer filter; one set-based query, served by an index when FinishedSince is given.
/// </summary>
public sealed record FindCustomersWithTickets(IReadOnlyList<Channel> Channels, IReadOnlyList<Guid> TopicIds, DateTimeOffset? FinishedSince)
    : IQuery<IReadOnlyList<Guid>>;
