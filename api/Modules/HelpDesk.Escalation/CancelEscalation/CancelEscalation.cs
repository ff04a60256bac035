using HelpDesk.Escalation.Contracts;
using HelpDesk.Escalation.Legs;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Sla.Contracts;

namespace HelpDesk.Escalation.CancelEscalation;

/// <summary>The back office withdraws a leg that is no longer needed (open or answered, not yet reviewed).</summary>
internal static class CancelEscalation
{
    internal sealed record Command(Guid Id) : ICommand<LegDto>;

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, LegDto>
    {
        private const string Sql = $"UPDATE escalation.legs SET status = 'cancelled', updated_at = @Now WHERE id = @Id RETURNING {LegRow.Columns}";

        private const string PendingSql = "SELECT EXISTS (SELECT 1 FROM escalation.legs WHERE ticket_id = @TicketId AND status IN ('open', 'answered'))";

        public async ValueTask<LegDto> Handle(Command command, CancellationToken ct)
        {
            var leg = await LegAccess.LoadAsync(db, user, command.Id, forUpdate: true, ct);
            if (leg.StatusValue is not (LegStatus.Open or LegStatus.Answered))
            {
                throw new ConflictException("invalid-escalation-state", $"This escalation is {leg.Status}; only open or answered ones can be cancelled.")
                {
                    Extensions = new Dictionary<string, object?> { ["currentStatus"] = leg.Status },
                };
            }

            var now = clock.GetUtcNow();
            var cancelled = await db.QuerySingleAsync<LegRow>(Sql, new { command.Id, Now = now }, ct);
            await mediator.Send(new StopOlaClock(leg.Id, null, Cancelled: true), ct);
            await mediator.Publish(new EscalationLegCancelled(leg.Id, leg.TicketId, leg.AreaId, leg.Round, now), ct);
            if (!await db.QuerySingleAsync<bool>(PendingSql, new { leg.TicketId }, ct))
            {
                await mediator.Send(new RecordEscalationsClosed(leg.TicketId), ct);
            }

            return cancelled.ToDto();
        }
    }
}
