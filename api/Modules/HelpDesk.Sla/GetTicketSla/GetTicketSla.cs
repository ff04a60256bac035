using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.GetTicketSla;

[System.Text.Json.Serialization.JsonConverter(typeof(HelpDesk.Shared.Web.EnumByName<ClockState>))]
internal enum ClockState
{
    [System.Text.Json.Serialization.JsonStringEnumMemberName("running")] Running,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("paused")] Paused,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("met")] Met,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("breached")] Breached,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("cancelled")] Cancelled,
}

/// <summary>
/// One clock. Times are seconds of the clock's own kind of time (working time on its calendar, plain time, or legal-day
/// time); RemainingSeconds is negative once overdue. DueAt is null while paused (it moves when the clock resumes), and
/// when the calendar cannot reach the target (the clock counts time, but nothing falls due). Round: 1 for the ticket's
/// first life, 2 and up for the resolution clock of each reopening.
/// </summary>
internal sealed record ClockDto(
    Guid Id, ClockKind Kind, int Round, Guid? LegId, Guid? AreaId, ClockState State, bool AtRisk, ClockTarget Target, int WarningPercent,
    DateTimeOffset StartedAt, DateTimeOffset? DueAt, DateTimeOffset? WarnAt, DateTimeOffset? StoppedAt, DateTimeOffset? BreachedAt,
    long TargetSeconds, long ElapsedSeconds, long RemainingSeconds);

/// <summary>A ticket's service levels: the policy version it matched (if any) and its clocks, the legs' answer clocks included.</summary>
internal sealed record TicketSlaDto(string Number, Guid? PolicyId, string? PolicyName, int? PolicyVersion, TicketSlaState? State, IReadOnlyList<ClockDto> Clocks);

internal static class GetTicketSla
{
    internal sealed record Query(string Number) : IQuery<TicketSlaDto>;

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user, ClockKeeper keeper, TimeProvider clock) : IQueryHandler<Query, TicketSlaDto>
    {
        private const string ClocksSql = $"SELECT {ClockRow.Columns} FROM sla.clocks WHERE ticket_id = @TicketId ORDER BY leg_id NULLS FIRST, round, started_at, kind";

        private const string PolicySql = "SELECT policy_id, name, version FROM sla.policies WHERE id = @Id";

        private sealed record PolicyRef(Guid PolicyId, string Name, int Version);

        public async ValueTask<TicketSlaDto> Handle(Query query, CancellationToken ct)
        {
            // The same 404 as the ticket itself for anyone who may not see it.
            var ticket = await mediator.Send(new GetTicketSummary(query.Number), ct) ?? throw new NotFoundException("The ticket");
            var rows = await db.QueryAsync<ClockRow>(ClocksSql, new { TicketId = ticket.Id }, ct);
            var view = TicketView.Of(ticket.Id, rows);
            if (!Roles.SeeAllTickets.Any(user.IsInRole))
            {
                rows = [.. rows.Where(r => r.LegId is null || (r.AreaId is { } area && user.AreaIds.Contains(area)))];
            }

            var now = clock.GetUtcNow();
            var clocks = new List<ClockDto>();
            foreach (var r in rows)
            {
                var elapsed = await keeper.ElapsedAsync(r, now, ct);
                // Like the ticket's state, a counting clock is at risk or breached from its instants, not only once the
                // breach check has recorded it.
                var state = EnumNames<ClockState>.Parse(r.State);
                if (state == ClockState.Running && !r.IsStopped && r.DueAt <= now)
                {
                    state = ClockState.Breached;
                }

                clocks.Add(new ClockDto(
                    r.Id, r.KindValue, r.Round, r.LegId, r.AreaId, state, !r.IsStopped && state == ClockState.Running && (r.WarnedAt is not null || r.WarnAt <= now),
                    new ClockTarget(r.TargetKindValue, r.TargetAmount, r.CalendarId), r.WarningPercent, r.StartedAt,
                    state == ClockState.Paused ? null : r.DueAt, state == ClockState.Paused ? null : r.WarnAt, r.StoppedAt, r.BreachedAt,
                    r.TargetSeconds, elapsed, r.TargetSeconds - elapsed));
            }

            var policy = rows.FirstOrDefault(r => r.PolicyVersionId is not null) is { PolicyVersionId: { } versionId }
                ? await db.QuerySingleOrDefaultAsync<PolicyRef>(PolicySql, new { Id = versionId }, ct)
                : null;
            var ticketState = view is null ? null : TicketSla.StateAt(view.State, view.DueAt, view.WarnAt, now);
            return new TicketSlaDto(ticket.Number, policy?.PolicyId, policy?.Name, policy?.Version, ticketState, clocks);
        }
    }
}
