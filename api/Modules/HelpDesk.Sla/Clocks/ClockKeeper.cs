using HelpDesk.Sla.Calendars;
using HelpDesk.Sla.Contracts;
using HelpDesk.Tickets.Contracts;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Sla.Clocks;

/// <summary>What a new clock counts and for whom; Round 2 and up for a reopened ticket's resolution.</summary>
internal sealed record ClockStart(
    Guid TicketId, string TicketNumber, Guid? LegId, ClockKind Kind, Guid? PolicyVersionId, ClockTarget Target, int WarningPercent,
    Guid? TopicId, Guid? AreaId, string? Channel, Guid? AgentId, DateTimeOffset StartedAt, int Round = 1);

/// <summary>
/// Starts, pauses, resumes and stops clocks (one at a time, rows locked by the caller's load), and keeps each ticket's
/// SLA view (the copy on the ticket that lists filter and sort by) up to date.
/// </summary>
internal sealed class ClockKeeper(IDb db, CalendarStore calendars, IMediator mediator, ILogger<ClockKeeper> logger)
{
    // Set-based: a new ticket's clocks go in with one statement.
    private const string InsertSql = $"""
        INSERT INTO sla.clocks ({ClockRow.Columns})
        SELECT * FROM unnest(@Ids, @TicketIds, @TicketNumbers, @LegIds, @Kinds, @PolicyVersionIds, @TargetKinds, @TargetAmounts, @CalendarIds,
            @TargetSeconds, @WarningPercents, @TopicIds, @AreaIds, @Channels, @AgentIds, @States, @StartedAts, @DueAts, @WarnAts, @ElapsedSeconds,
            @RunningSinces, @PausedAts, @WarnedAts, @BreachedAts, @StoppedAts, @Rounds)
        """;

    private const string SaveSql = """
        UPDATE sla.clocks SET state = @State, due_at = @DueAt, warn_at = @WarnAt, elapsed_seconds = @ElapsedSeconds, running_since = @RunningSince,
            paused_at = @PausedAt, breached_at = @BreachedAt, stopped_at = @StoppedAt, agent_id = @AgentId
        WHERE id = @Id
        """;

    private const string TicketClocksSql = $"SELECT {ClockRow.Columns} FROM sla.clocks WHERE ticket_id = @TicketId AND leg_id IS NULL ORDER BY kind, round FOR UPDATE";

    private const string LegClockSql = $"SELECT {ClockRow.Columns} FROM sla.clocks WHERE leg_id = @LegId FOR UPDATE";

    public async Task<ClockRow> StartAsync(ClockStart start, CancellationToken ct)
    {
        var clock = await PlanAsync(start, ct);
        await InsertAsync([clock], ct);
        return clock;
    }

    /// <summary>
    /// A clock as it starts, not stored yet (see <see cref="InsertAsync"/>). When its calendar cannot reach the target
    /// (changed since the policy was saved), the clock has no due or warning instant and a warning is logged: the ticket
    /// is created all the same.
    /// </summary>
    public async Task<ClockRow> PlanAsync(ClockStart start, CancellationToken ct)
    {
        var math = await MathForAsync(start.Target.Kind, start.Target.CalendarId, ct);
        var (due, targetSeconds) = math.Start(start.StartedAt, start.Target.Amount);
        if (due is null)
        {
            logger.LogWarning(
                "SLA: the {Kind} clock of ticket {TicketNumber} has no due date: calendar {CalendarId} cannot reach {Amount} {TargetKind}.",
                start.Kind.ToDb(), start.TicketNumber, start.Target.CalendarId, start.Target.Amount, start.Target.Kind.ToDb());
        }

        return new ClockRow
        {
            Id = Guid.CreateVersion7(start.StartedAt),
            TicketId = start.TicketId,
            TicketNumber = start.TicketNumber,
            LegId = start.LegId,
            Kind = start.Kind.ToDb(),
            PolicyVersionId = start.PolicyVersionId,
            TargetKind = start.Target.Kind.ToDb(),
            TargetAmount = start.Target.Amount,
            CalendarId = start.Target.CalendarId,
            TargetSeconds = targetSeconds,
            WarningPercent = start.WarningPercent,
            TopicId = start.TopicId,
            AreaId = start.AreaId,
            Channel = start.Channel,
            AgentId = start.AgentId,
            State = ClockStates.Running,
            StartedAt = start.StartedAt,
            DueAt = due,
            WarnAt = due is null ? null : math.WarnAt(start.StartedAt, targetSeconds, 0, start.WarningPercent),
            RunningSince = start.StartedAt,
            Round = start.Round,
        };
    }

    public async Task InsertAsync(IReadOnlyList<ClockRow> clocks, CancellationToken ct)
    {
        if (clocks.Count == 0)
        {
            return;
        }

        static DateTime? Utc(DateTimeOffset? t) => t?.UtcDateTime;
        await db.ExecuteAsync(InsertSql, new
        {
            Ids = clocks.Select(c => c.Id).ToArray(),
            TicketIds = clocks.Select(c => c.TicketId).ToArray(),
            TicketNumbers = clocks.Select(c => c.TicketNumber).ToArray(),
            LegIds = clocks.Select(c => c.LegId).ToArray(),
            Kinds = clocks.Select(c => c.Kind).ToArray(),
            PolicyVersionIds = clocks.Select(c => c.PolicyVersionId).ToArray(),
            TargetKinds = clocks.Select(c => c.TargetKind).ToArray(),
            TargetAmounts = clocks.Select(c => c.TargetAmount).ToArray(),
            CalendarIds = clocks.Select(c => c.CalendarId).ToArray(),
            TargetSeconds = clocks.Select(c => c.TargetSeconds).ToArray(),
            WarningPercents = clocks.Select(c => c.WarningPercent).ToArray(),
            TopicIds = clocks.Select(c => c.TopicId).ToArray(),
            AreaIds = clocks.Select(c => c.AreaId).ToArray(),
            Channels = clocks.Select(c => c.Channel).ToArray(),
            AgentIds = clocks.Select(c => c.AgentId).ToArray(),
            States = clocks.Select(c => c.State).ToArray(),
            StartedAts = clocks.Select(c => c.StartedAt.UtcDateTime).ToArray(),
            DueAts = clocks.Select(c => Utc(c.DueAt)).ToArray(),
            WarnAts = clocks.Select(c => Utc(c.WarnAt)).ToArray(),
            ElapsedSeconds = clocks.Select(c => c.ElapsedSeconds).ToArray(),
            RunningSinces = clocks.Select(c => Utc(c.RunningSince)).ToArray(),
            PausedAts = clocks.Select(c => Utc(c.PausedAt)).ToArray(),
            WarnedAts = clocks.Select(c => Utc(c.WarnedAt)).ToArray(),
            BreachedAts = clocks.Select(c => Utc(c.BreachedAt)).ToArray(),
            StoppedAts = clocks.Select(c => Utc(c.StoppedAt)).ToArray(),
            Rounds = clocks.Select(c => c.Round).ToArray(),
        }, ct);
    }

    public async Task<IReadOnlyList<ClockRow>> LockTicketClocksAsync(Guid ticketId, CancellationToken ct) =>
        await db.QueryAsync<ClockRow>(TicketClocksSql, new { TicketId = ticketId }, ct);

    public async Task<ClockRow?> LockLegClockAsync(Guid legId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<ClockRow>(LegClockSql, new { LegId = legId }, ct);

    /// <summary>Stops counting while the customer is asked for something. Only a running clock pauses; a breached one stays breached.</summary>
    public async Task<bool> PauseAsync(ClockRow clock, DateTimeOffset now, CancellationToken ct)
    {
        if (clock.IsStopped || clock.State != ClockStates.Running)
        {
            return false;
        }

        clock.ElapsedSeconds += await CountedSinceAsync(clock, now, ct);
        clock.RunningSince = null;
        clock.PausedAt = now;
        clock.State = ClockStates.Paused;
        await SaveAsync(clock, ct);
        return true;
    }

    /// <summary>Counts again from now: due and warning instants move by the time the clock was paused.</summary>
    public async Task<bool> ResumeAsync(ClockRow clock, DateTimeOffset now, CancellationToken ct)
    {
        if (clock.IsStopped || clock.State != ClockStates.Paused)
        {
            return false;
        }

        var math = await MathForAsync(clock.TargetKindValue, clock.CalendarId, ct);
        clock.RunningSince = now;
        clock.PausedAt = null;
        clock.State = ClockStates.Running;
        clock.DueAt = math.DueAt(now, clock.TargetSeconds, clock.ElapsedSeconds);
        clock.WarnAt = clock.DueAt is null ? null : math.WarnAt(now, clock.TargetSeconds, clock.ElapsedSeconds, clock.WarningPercent);
        if (clock.DueAt is null)
        {
            logger.LogWarning("SLA: clock {ClockId} of ticket {TicketNumber} resumed without a due date: its calendar cannot reach the rest of its target.",
                clock.Id, clock.TicketNumber);
        }
        else if (clock.WarnedAt is not null && clock.WarnAt > now)
        {
            // Already past its threshold before the pause (the calendar may put the recomputed instant at the next
            // opening): it stays at risk.
            clock.WarnAt = now;
        }

        await SaveAsync(clock, ct);
        return true;
    }

    /// <summary>The clock's work is done (or cancelled): met when the time used is within the target, breached otherwise.</summary>
    public async Task<bool> StopAsync(ClockRow clock, DateTimeOffset now, Guid? agentId, bool cancelled, CancellationToken ct)
    {
        if (!await MarkStoppedAsync(clock, now, agentId, cancelled, ct))
        {
            return false;
        }

        await SaveAsync(clock, ct);
        return true;
    }

    /// <summary>Stops the clock in memory only (for a clock not stored yet, or before <see cref="SaveAsync"/>).</summary>
    public async Task<bool> MarkStoppedAsync(ClockRow clock, DateTimeOffset now, Guid? agentId, bool cancelled, CancellationToken ct)
    {
        if (clock.IsStopped)
        {
            return false;
        }

        clock.ElapsedSeconds += await CountedSinceAsync(clock, now, ct);
        clock.RunningSince = null;
        clock.PausedAt = null;
        clock.StoppedAt = now;
        clock.AgentId = agentId ?? clock.AgentId;
        if (cancelled)
        {
            clock.State = ClockStates.Cancelled;
        }
        else if (clock.State == ClockStates.Breached || clock.ElapsedSeconds > clock.TargetSeconds)
        {
            clock.State = ClockStates.Breached;
            clock.BreachedAt ??= now;
        }
        else
        {
            clock.State = ClockStates.Met;
        }

        return true;
    }

    /// <summary>Business seconds the clock has used up to now (its own kind of time).</summary>
    public async Task<long> ElapsedAsync(ClockRow clock, DateTimeOffset now, CancellationToken ct) =>
        clock.ElapsedSeconds + await CountedSinceAsync(clock, now, ct);

    /// <summary>Stores on the ticket the SLA view of its clocks as they now are (<see cref="TicketView"/>), all of them, changes made.</summary>
    public async Task RefreshTicketViewAsync(Guid ticketId, IEnumerable<ClockRow> ticketClocks, CancellationToken ct)
    {
        if (TicketView.Of(ticketId, ticketClocks) is { } view)
        {
            await mediator.Send(new RecordTicketSla([view]), ct);
        }
    }

    private async Task<long> CountedSinceAsync(ClockRow clock, DateTimeOffset now, CancellationToken ct)
    {
        if (clock.RunningSince is not { } since)
        {
            return 0;
        }

        var math = await MathForAsync(clock.TargetKindValue, clock.CalendarId, ct);
        return (long)math.Measure(since, now).TotalSeconds;
    }

    private async Task<ClockMath> MathForAsync(TargetKind kind, Guid? calendarId, CancellationToken ct) =>
        new(kind, calendarId is { } id && kind != TargetKind.CalendarMinutes ? await calendars.GetAsync(id, ct) : null);

    private Task<int> SaveAsync(ClockRow clock, CancellationToken ct) => db.ExecuteAsync(SaveSql, clock, ct);
}
