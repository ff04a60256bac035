using System.Globalization;
using HelpDesk.Directory.Contracts;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Sla.Clocks;
using HelpDesk.Sla.Contracts;
using HelpDesk.Sla.Emails;
using HelpDesk.Tickets.Contracts;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Sla.BreachCheck;

/// <summary>
/// One pass over the running clocks: those past their warning threshold become at risk, those past their target become
/// breached, each recorded once with the instant, put on the ticket's timeline and notified once (at risk: the assignee,
/// or the area's members for a leg; breached: also the supervisors and, for a leg, the area's manager). The tickets
/// themselves are not rewritten: their stored due and warning instants already make them at risk or breached in lists
/// (<see cref="TicketSla.StateAt"/>).
/// </summary>
/// <remarks>
/// Exactly once without a lock: each transition is an UPDATE whose WHERE says it has not happened yet. Two passes at the
/// same time (a retry, a second app instance) both try to update the same rows; PostgreSQL makes the second wait for the
/// first and re-checks its WHERE on the committed row, so it finds nothing to do, and the notices go out in the same
/// transaction as the transition or not at all. Each person gets one in-app notice per pass (<see cref="BreachNotices"/>).
/// </remarks>
internal static class BreachCheck
{
    internal sealed record Command : ICommand<Result>;

    /// <param name="More">The pass stopped at its limit: more transitions are due now (the job runs again at once).</param>
    internal sealed record Result(int AtRisk, int Breached, bool More = false);

    internal sealed class Handler(IDb db, IMediator mediator, SlaEmails emails, IConfiguration configuration, OrganisationSettings organisation, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        /// <summary>
        /// Transitions one pass records at most, breaches first, each kind oldest first. Whole days of legal terms cross at
        /// one local instant (thousands of tickets); a bounded pass keeps each transaction well under a second, and the
        /// lists do not wait for it (a ticket's state follows from its instants, <see cref="TicketSla.StateAt"/>).
        /// </summary>
        public const int DefaultTransitionsPerPass = 5_000;

        // The at-risk step must walk clocks_warn_idx (running, not warned, by warn_at: only the few that just crossed).
        // Given a plain "due_at > @Now", PostgreSQL walks clocks_due_idx instead: most clocks' warn_at is in the past (the
        // stopped ones), so it thinks warn_at <= @Now matches many, and it reads every running clock (221,641 rows, 260 ms
        // at 1M tickets with a 200,000-ticket backlog, against 3 ms). "IS TRUE" (due_at is never null) keeps that
        // condition out of the index choice. Each UPDATE repeats its conditions outside the limited subquery: a pass
        // running at the same time waits for the row and re-checks them, so it records nothing twice.
        private const string TransitionsSql = """
            WITH breached AS (
                UPDATE sla.clocks SET state = 'breached', breached_at = @Now, warned_at = coalesce(warned_at, @Now)
                WHERE id IN (SELECT id FROM sla.clocks WHERE state = 'running' AND due_at <= @Now ORDER BY due_at LIMIT @Limit)
                  AND state = 'running' AND due_at <= @Now
                RETURNING id, ticket_id, ticket_number, leg_id, kind, area_id, due_at, 'breached' AS transition
            ), at_risk AS (
                UPDATE sla.clocks SET warned_at = @Now
                WHERE id IN (SELECT id FROM sla.clocks WHERE state = 'running' AND warned_at IS NULL AND warn_at <= @Now AND (due_at > @Now) IS TRUE
                             ORDER BY warn_at LIMIT greatest(0, @Limit - (SELECT count(*) FROM breached)))
                  AND state = 'running' AND warned_at IS NULL AND warn_at <= @Now AND (due_at > @Now) IS TRUE
                RETURNING id, ticket_id, ticket_number, leg_id, kind, area_id, due_at, 'at_risk' AS transition
            )
            SELECT * FROM breached UNION ALL SELECT * FROM at_risk
            """;

        /// <summary>
        /// Supervisors hear of each breach, unless a pass finds more than this many (legal terms all end at local
        /// midnight): then one notice points them to the at-risk queue instead of thousands.
        /// </summary>
        private const int SupervisorDigestAbove = 20;

        private sealed record Crossed(Guid Id, Guid TicketId, string TicketNumber, Guid? LegId, string Kind, Guid? AreaId, DateTimeOffset DueAt, string Transition)
        {
            public bool IsBreach => Transition == "breached";
        }

        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var limit = configuration.GetValue("HelpDesk:Sla:TransitionsPerPass", DefaultTransitionsPerPass);
            if (limit < 1)
            {
                // 0 would silently stop the check (LIMIT 0, nothing more to do).
                throw new InvalidOperationException($"HelpDesk:Sla:TransitionsPerPass must be at least 1 (it is {limit}).");
            }

            // In ticket order (ids grow with time): the events' inserts then visit each ticket's heap and index pages once,
            // in order, when a whole day of tickets crosses at once.
            var crossed = (await db.QueryAsync<Crossed>(TransitionsSql, new { Now = now, Limit = limit }, ct)).OrderBy(c => c.TicketId).ToList();
            if (crossed.Count == 0)
            {
                return new Result(0, 0);
            }

            await mediator.Send(new RecordSlaTransitions([.. crossed.Select(c => new SlaTransition(c.TicketId, c.Transition, c.Kind, c.DueAt))]), ct);
            await NotifyAsync(crossed, ct);
            await mediator.Publish(new SlaClocksCrossed(
                [.. crossed.Where(c => !c.IsBreach).Select(c => new SlaClockAtRisk(c.Id, c.TicketId, c.TicketNumber, c.LegId, c.AreaId, c.Kind, c.DueAt, now))],
                [.. crossed.Where(c => c.IsBreach).Select(c => new SlaClockBreached(c.Id, c.TicketId, c.TicketNumber, c.LegId, c.AreaId, c.Kind, c.DueAt, now))]), ct);
            return new Result(crossed.Count(c => !c.IsBreach), crossed.Count(c => c.IsBreach), More: crossed.Count >= limit);
        }

        private async Task NotifyAsync(IReadOnlyList<Crossed> crossed, CancellationToken ct)
        {
            var assignees = await mediator.Send(new GetTicketAssignees([.. crossed.Where(c => c.LegId is null).Select(c => c.TicketId)]), ct);
            var areaMembers = new Dictionary<Guid, IReadOnlyList<StaffMember>>();
            foreach (var areaId in crossed.Where(c => c.LegId is not null && c.AreaId is not null).Select(c => c.AreaId!.Value).Distinct())
            {
                areaMembers[areaId] = await mediator.Send(new ListAreaMembers(areaId), ct);
            }

            var breaches = crossed.Count(c => c.IsBreach);
            var supervisors = breaches > 0 ? await mediator.Send(new ListStaffWithRole(Role.Supervisor), ct) : [];
            var supervisorsPerBreach = breaches <= SupervisorDigestAbove;
            // Each person hears once per pass: of the one clock that crossed, or of all of theirs in one digest (at 06:00
            // a backlog's worth of legal terms crosses at once).
            var perPerson = new Dictionary<Guid, List<BreachNotices.Crossing>>();
            foreach (var c in crossed)
            {
                var recipients = new List<Guid>();
                if (c.LegId is null)
                {
                    if (assignees.TryGetValue(c.TicketId, out var assignee))
                    {
                        recipients.Add(assignee);
                    }
                }
                else if (c.AreaId is { } area && areaMembers.TryGetValue(area, out var members))
                {
                    recipients.AddRange(members.Select(m => m.Id));
                }

                if (c.IsBreach && supervisorsPerBreach)
                {
                    recipients.AddRange(supervisors.Select(s => s.Id));
                }

                foreach (var user in recipients.Distinct())
                {
                    (perPerson.TryGetValue(user, out var list) ? list : perPerson[user] = []).Add(new(c.TicketNumber, c.LegId, c.Kind, c.DueAt, c.IsBreach));
                }
            }

            var notices = perPerson.Select(p => BreachNotices.For(p.Key, p.Value, organisation)).ToList();
            if (!supervisorsPerBreach)
            {
                notices.AddRange(supervisors.Select(s => new NoticeToSend(
                    s.Id, $"{breaches} plazos vencidos", $"Vencieron {breaches} plazos en esta revisión. Están en la cola En riesgo, ordenada por vencimiento.",
                    "/app/tickets?queue=at_risk&sort=due")));
            }

            await mediator.Send(new SendNotices(notices), ct);
            await EmailAreaManagersAsync([.. crossed.Where(c => c.IsBreach && c.LegId is not null)], ct);
        }

        /// <summary>
        /// One email per area and pass (<see cref="SlaEmails.AreaAnswersLateAsync"/>): the areas' answer times end at their
        /// closing hour, so many can cross together.
        /// </summary>
        private async Task EmailAreaManagersAsync(IReadOnlyList<Crossed> breachedLegs, CancellationToken ct)
        {
            foreach (var legsOfArea in breachedLegs.Where(l => l.AreaId is not null).GroupBy(l => l.AreaId!.Value))
            {
                if (await mediator.Send(new GetArea(legsOfArea.Key), ct) is not { ManagerEmail: { Length: > 0 } manager } area)
                {
                    continue;
                }

                var legs = legsOfArea.OrderBy(l => l.DueAt).ThenBy(l => l.TicketNumber, StringComparer.Ordinal)
                    .Select(l => new SlaEmails.LateLeg(l.TicketId, l.TicketNumber, l.DueAt)).ToList();
                await emails.AreaAnswersLateAsync(manager, area.Name, legs, ct);
            }
        }
    }
}
