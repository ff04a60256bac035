using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.AssignTicket;

internal static class AssignTicket
{
    /// <summary>assigneeId null puts the ticket back in the unassigned queue.</summary>
    internal sealed record Request(Guid? AssigneeId);

    internal sealed record Command(string Number, int ExpectedVersion, Guid? AssigneeId) : ICommand<TicketDto>;

    internal sealed class Handler(IDb db, ICurrentUser user, IMediator mediator, TimelineWriter timeline, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, TicketDto>
    {
        private const string AssignSql = "UPDATE tickets.tickets SET assignee_id = @AssigneeId WHERE id = @Id";

        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            Versioning.EnsureCurrent(ticket, command.ExpectedVersion);
            if (command.AssigneeId is { } assignee)
            {
                await Assignees.EnsureValidAsync(mediator, assignee, ct);
            }

            await db.ExecuteAsync(AssignSql, new { ticket.Id, command.AssigneeId }, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.Assigned, new { from = ticket.AssigneeId, assigneeId = command.AssigneeId }, ct);
            if (command.AssigneeId is not null && ticket.StatusValue == TicketStatus.New)
            {
                await changes.ChangeStatusAsync(ticket, TicketStatus.Open, "assigned", ct);
            }

            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}
