using HelpDesk.Shared.Paging;
using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.ListAtRiskClocks;

/// <summary>A clock still counting that is at risk or already breached.</summary>
internal sealed record AtRiskClockDto(
    Guid ClockId, string TicketNumber, ClockKind Kind, Guid? LegId, Guid? AreaId, bool Breached, DateTimeOffset DueAt, DateTimeOffset WarnedAt);

/// <summary>
/// Clocks at risk or breached and not yet stopped (tickets' and legs'), nearest due first (the most overdue at the top).
/// Area responders see only their areas' clocks.
/// </summary>
internal static class ListAtRisk
{
    internal sealed record Query(string? State, int? Limit, string? Cursor) : IQuery<Page<AtRiskClockDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, Page<AtRiskClockDto>>
    {
        private const string Sql = """
            SELECT id AS clock_id, ticket_number, kind, leg_id, area_id, state = 'breached' AS breached, due_at, warned_at
            FROM sla.clocks
            WHERE stopped_at IS NULL AND warned_at IS NOT NULL AND due_at IS NOT NULL
              AND (@State::text IS NULL OR (@State = 'breached') = (state = 'breached'))
              AND (@AllAreas OR area_id = ANY(@MyAreaIds))
              AND (@AfterDue::timestamptz IS NULL OR (due_at, id) > (@AfterDue, @AfterId))
            ORDER BY due_at, id
            LIMIT @Take
            """;

        private sealed class Row
        {
            public Guid ClockId { get; init; }
            public string TicketNumber { get; init; } = "";
            public string Kind { get; init; } = "";
            public Guid? LegId { get; init; }
            public Guid? AreaId { get; init; }
            public bool Breached { get; init; }
            public DateTimeOffset DueAt { get; init; }
            public DateTimeOffset WarnedAt { get; init; }
        }

        public async ValueTask<Page<AtRiskClockDto>> Handle(Query query, CancellationToken ct)
        {
            if (query.State is not (null or "at_risk" or "breached"))
            {
                throw new RuleViolationException("state", "state is at_risk or breached.");
            }

            var limit = Cursor.Limit(query.Limit);
            var (afterDue, afterId) = Cursor.DecodeInstant(query.Cursor);
            var rows = await db.QueryAsync<Row>(Sql, new
            {
                query.State,
                AllAreas = Roles.SeeAllTickets.Any(user.IsInRole),
                MyAreaIds = user.AreaIds.ToArray(),
                AfterDue = afterDue,
                AfterId = afterId,
                Take = limit + 1,
            }, ct);
            var page = rows.Take(limit).Select(r => new AtRiskClockDto(
                r.ClockId, r.TicketNumber, EnumNames<ClockKind>.Parse(r.Kind), r.LegId, r.AreaId, r.Breached, r.DueAt, r.WarnedAt)).ToList();
            var next = rows.Count > limit
                ? Cursor.EncodeInstant(page[^1].DueAt, page[^1].ClockId)
                : null;
            return new Page<AtRiskClockDto>(page, next);
        }
    }
}
