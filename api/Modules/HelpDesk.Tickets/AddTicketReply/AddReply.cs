using FluentValidation;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Emails;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.AddTicketReply;

/// <summary>The class keeps its short name: it names the request schema (AddReplyRequest) in the OpenAPI contract.</summary>
internal static class AddReply
{
    /// <summary>waitForCustomer: the reply asks the customer for something; the ticket waits (pending_customer).</summary>
    internal sealed record Request(string Body, bool WaitForCustomer = false);

    internal sealed record Command(string Number, string Body, bool WaitForCustomer) : ICommand<TicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotEmpty().MaximumLength(TicketRules.BodyMax);
    }

    internal sealed class Handler(IDb db, ICurrentUser user, TimelineWriter timeline, TicketEmails emails, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, TicketDto>
    {
        private const string RecordSql = """
            UPDATE tickets.tickets
            SET first_response_at = coalesce(first_response_at, @Now),
                search = search || setweight(to_tsvector('tickets.es', @Body), 'C')
            WHERE id = @Id
            """;

        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            if (ticket.StatusValue == TicketStatus.Closed)
            {
                throw new Shared.Errors.ConflictException("ticket-closed", $"Ticket {ticket.Number} is closed; reopen it to reply.");
            }

            var now = clock.GetUtcNow();
            var messageId = await Messages.InsertAsync(db, user, ticket.Id, MessageKind.Reply, command.Body, now, ct);
            await db.ExecuteAsync(RecordSql, new { ticket.Id, Now = now, command.Body }, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.ReplyAdded, new { messageId }, ct);
            await changes.FirstRespondedAsync(ticket, user.UserId, now, ct);
            await emails.ReplyAsync(ticket, command.Body, ct);

            var target = command.WaitForCustomer ? TicketStatus.PendingCustomer
                : ticket.StatusValue is TicketStatus.New or TicketStatus.Reopened or TicketStatus.PendingCustomer ? TicketStatus.Open
                : (TicketStatus?)null;
            if (target is { } to && to != ticket.StatusValue)
            {
                await changes.ChangeStatusAsync(ticket, to, "reply", ct);
            }

            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}
