using HelpDesk.Directory.Contracts;
using HelpDesk.Escalation.Contracts;
using HelpDesk.Escalation.Emails;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Sla.Contracts;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.Legs;

/// <summary>Opens a leg (first escalation or a new round) and tells everyone who needs to know.</summary>
internal sealed class LegOpener(IDb db, IMediator mediator, ICurrentUser user, EscalationEmails emails, TimeProvider clock)
{
    private const string OpenToSameAreaSql = "SELECT EXISTS (SELECT 1 FROM escalation.legs WHERE ticket_id = @TicketId AND area_id = @AreaId AND status IN ('open', 'answered'))";

    private const string InsertSql = $"""
        INSERT INTO escalation.legs (id, ticket_id, ticket_number, round, previous_leg_id, area_id, to_manager, responder_id, status, reason,
            ola_minutes, due_at, next_area_id, next_to_manager, created_by, created_at, updated_at)
        VALUES (@Id, @TicketId, @TicketNumber, @Round, @PreviousLegId, @AreaId, @ToManager, @ResponderId, 'open', @Reason,
            @OlaMinutes, @DueAt, @NextAreaId, @NextToManager, @CreatedBy, @Now, @Now)
        RETURNING {LegRow.Columns}
        """;

    internal sealed record Plan(
        TicketSummary Ticket, AreaInfo Area, bool ToManager, int Round, Guid? PreviousLegId, string Reason, int OlaMinutes,
        Guid? ResponderId, Guid? NextAreaId, bool NextToManager);

    public async Task<LegRow> OpenAsync(Plan plan, CancellationToken ct)
    {
        if (plan.Round == 1 && await db.QuerySingleAsync<bool>(OpenToSameAreaSql, new { TicketId = plan.Ticket.Id, AreaId = plan.Area.Id }, ct))
        {
            throw new ConflictException("already-escalated", $"Ticket {plan.Ticket.Number} already has an escalation in progress with {plan.Area.Name}.");
        }

        var now = clock.GetUtcNow();
        var legId = Guid.CreateVersion7(now);
        // The area's answer target counts on the area's business calendar.
        var dueAt = await mediator.Send(new StartOlaClock(legId, plan.Ticket.Id, plan.Ticket.Number, plan.Area.Id, plan.OlaMinutes, now), ct);
        var leg = await db.QuerySingleAsync<LegRow>(InsertSql, new
        {
            Id = legId,
            TicketId = plan.Ticket.Id,
            TicketNumber = plan.Ticket.Number,
            plan.Round,
            plan.PreviousLegId,
            AreaId = plan.Area.Id,
            plan.ToManager,
            plan.ResponderId,
            plan.Reason,
            plan.OlaMinutes,
            DueAt = dueAt,
            plan.NextAreaId,
            plan.NextToManager,
            CreatedBy = user.UserId,
            Now = now,
        }, ct);

        await mediator.Publish(new EscalationLegOpened(leg.Id, plan.Ticket.Id, plan.Area.Id, plan.Area.Name, plan.Round, plan.PreviousLegId, plan.Reason, now, dueAt), ct);
        await NotifyAreaAsync(plan, leg, ct);
        if (plan.Round == 1 && plan.Ticket.CustomerEmail is { Length: > 0 } customerEmail)
        {
            var due = await mediator.Send(new GetTicketDueDates(plan.Ticket.Id), ct);
            await emails.CustomerInReviewAsync(plan.Ticket, customerEmail, plan.Area, due.ResolutionDueAt, ct);
        }

        return leg;
    }

    private async Task NotifyAreaAsync(Plan plan, LegRow leg, CancellationToken ct)
    {
        var (subject, body) = emails.NewLeg(plan.Ticket, plan.Area, plan.Round, plan.Reason, leg.DueAt);
        if (plan.ToManager)
        {
            if (plan.Area.ManagerEmail is { Length: > 0 } manager)
            {
                await mediator.Send(new QueueEmail(manager, null, subject, body, plan.Ticket.Id), ct);
            }

            return;
        }

        var members = await mediator.Send(new ListAreaMembers(plan.Area.Id), ct);
        foreach (var member in members)
        {
            await mediator.Send(new QueueEmail(member.Email, member.DisplayName, subject, body, null), ct);
        }

        await mediator.Send(new SendNotice([.. members.Select(m => m.Id)], subject, emails.ReasonLine(plan.Reason), $"/app/escalations/{leg.Id}"), ct);
    }
}
