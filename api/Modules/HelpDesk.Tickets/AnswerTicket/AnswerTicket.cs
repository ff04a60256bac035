using FluentValidation;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Emails;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.AnswerTicket;

internal static class AnswerTicket
{
    internal sealed record Request(string Body, ResolutionType ResolutionType);

    internal sealed record Command(string Number, int ExpectedVersion, string Body, ResolutionType ResolutionType) : ICommand<TicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotEmpty().MaximumLength(TicketRules.BodyMax);
    }

    /// <summary>The final answer: typed with a resolution, emailed to the customer, and the ticket becomes answered.</summary>
    internal sealed class Handler(IDb db, ICurrentUser user, TimelineWriter timeline, TicketEmails emails, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, TicketDto>
    {
        private const string RecordSql = """
            UPDATE tickets.tickets
            SET resolution_type = @ResolutionType, first_response_at = coalesce(first_response_at, @Now),
                search = search || setweight(to_tsvector('tickets.es', @Body), 'C')
            WHERE id = @Id
            """;

        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            Versioning.EnsureCurrent(ticket, command.ExpectedVersion);
            Lifecycle.EnsureAllowed(ticket, TicketStatus.Answered);

            var now = clock.GetUtcNow();
            var messageId = await Messages.InsertAsync(db, user, ticket.Id, MessageKind.Reply, command.Body, now, ct);
            await db.ExecuteAsync(RecordSql, new { ticket.Id, ResolutionType = command.ResolutionType.ToDb(), Now = now, command.Body }, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.ReplyAdded, new { messageId }, ct);
            await changes.FirstRespondedAsync(ticket, user.UserId, now, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.Answered, new { resolutionType = command.ResolutionType.ToDb(), atFirstContact = false }, ct);
            await changes.ChangeStatusAsync(ticket, TicketStatus.Answered, null, ct);
            await emails.ReplyAsync(ticket, command.Body, ct);
            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}
