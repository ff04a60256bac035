using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.SlaHooks;

/// <summary>
/// Stores the SLA module's view of tickets (set-based), skipping those it does not change. It is not a change of the
/// ticket by a person, so the version (ETag) stays as it is.
/// </summary>
internal sealed class RecordTicketSlaHandler(IDb db) : ICommandHandler<RecordTicketSla>
{
    private const string UpdateSql = """
        UPDATE tickets.tickets t SET sla_due_at = s.due_at, sla_warn_at = s.warn_at, sla_state = s.state
        FROM unnest(@Ids, @DueAts, @WarnAts, @States) AS s(id, due_at, warn_at, state)
        WHERE t.id = s.id AND (t.sla_due_at, t.sla_warn_at, t.sla_state) IS DISTINCT FROM (s.due_at, s.warn_at, s.state)
        """;

    public async ValueTask<Unit> Handle(RecordTicketSla command, CancellationToken ct)
    {
        if (command.Tickets.Count == 0)
        {
            return Unit.Value;
        }

        var ids = command.Tickets.Select(t => t.TicketId).ToArray();
        await db.ExecuteAsync(UpdateSql, new
        {
            Ids = ids,
            DueAts = command.Tickets.Select(t => t.DueAt?.UtcDateTime).ToArray(),
            WarnAts = command.Tickets.Select(t => t.WarnAt?.UtcDateTime).ToArray(),
            States = command.Tickets.Select(t => t.State.ToDb()).ToArray(),
        }, ct);
        return Unit.Value;
    }
}

internal sealed class RecordSlaTransitionsHandler(IDb db, TimeProvider clock) : ICommandHandler<RecordSlaTransitions>
{
    private const string Sql = """
        INSERT INTO tickets.events (ticket_id, occurred_at, type, actor_name, data)
        SELECT s.id, @Now, 'sla_' || s.transition, 'sistema', json_build_object('clock', s.clock, 'dueAt', s.due_at)
        FROM unnest(@Ids, @Transitions, @Clocks, @DueAts) AS s(id, transition, clock, due_at)
        """;

    public async ValueTask<Unit> Handle(RecordSlaTransitions command, CancellationToken ct)
    {
        if (command.Transitions.Count > 0)
        {
            var t = command.Transitions;
            await db.ExecuteAsync(Sql, new
            {
                Ids = t.Select(x => x.TicketId).ToArray(),
                Transitions = t.Select(x => x.Transition).ToArray(),
                Clocks = t.Select(x => x.Clock).ToArray(),
                DueAts = t.Select(x => x.DueAt.UtcDateTime).ToArray(),
                Now = clock.GetUtcNow(),
            }, ct);
        }

        return Unit.Value;
    }
}

internal sealed class GetTicketAssigneesHandler(IDb db) : IQueryHandler<GetTicketAssignees, IReadOnlyDictionary<Guid, Guid>>
{
    private const string Sql = "SELECT id, assignee_id FROM tickets.tickets WHERE id = ANY(@Ids) AND assignee_id IS NOT NULL";

    private sealed record Row(Guid Id, Guid AssigneeId);

    public async ValueTask<IReadOnlyDictionary<Guid, Guid>> Handle(GetTicketAssignees query, CancellationToken ct) =>
        (await db.QueryAsync<Row>(Sql, new { Ids = query.TicketIds.Distinct().ToArray() }, ct)).ToDictionary(r => r.Id, r => r.AssigneeId);
}
