using FluentValidation;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.AddTicketNote;

/// <summary>The class keeps its short name: it names the request schema (AddNoteRequest) in the OpenAPI contract.</summary>
internal static class AddNote
{
    internal sealed record Request(string Body);

    internal sealed record Command(string Number, string Body) : ICommand<TicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotEmpty().MaximumLength(TicketRules.BodyMax);
    }

    /// <summary>Internal notes are for staff: never emailed, never on the tracking page, never shown to partners.</summary>
    internal sealed class Handler(IDb db, ICurrentUser user, TimelineWriter timeline, TicketChanges changes, TimeProvider clock)
        : ICommandHandler<Command, TicketDto>
    {
        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            var messageId = await Messages.InsertAsync(db, user, ticket.Id, MessageKind.Note, command.Body, clock.GetUtcNow(), ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.NoteAdded, new { messageId }, ct);
            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}
