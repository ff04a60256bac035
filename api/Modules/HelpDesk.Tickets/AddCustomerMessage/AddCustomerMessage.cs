using FluentValidation;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;
using Microsoft.Extensions.Configuration;

namespace HelpDesk.Tickets.AddCustomerMessage;

/// <summary>
/// The customer writes back from the tracking page. Waiting on the customer → open again; after the answer, within the
/// reopen window (HelpDesk:ReopenWindowDays, default 15) → reopened; after the window the customer is asked to file a new request.
/// </summary>
internal static class AddCustomerMessage
{
    internal sealed record Request(string Body);

    internal sealed record Command(string Number, string? Token, string Body) : ICommand<TrackTicket.TrackedTicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Body).NotEmpty().MaximumLength(TicketRules.BodyMax);
    }

    internal sealed class Handler(IDb db, IMediator mediator, TimelineWriter timeline, TicketChanges changes, IConfiguration configuration, TimeProvider clock)
        : ICommandHandler<Command, TrackTicket.TrackedTicketDto>
    {
        private const string SearchSql = "UPDATE tickets.tickets SET search = search || setweight(to_tsvector('tickets.es', @Body), 'C') WHERE id = @Id";

        public async ValueTask<TrackTicket.TrackedTicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TrackTicket.TrackTicket.Handler.LoadAsync(db, command.Number, command.Token, forUpdate: true, ct);
            var now = clock.GetUtcNow();
            var window = TimeSpan.FromDays(configuration.GetValue("HelpDesk:ReopenWindowDays", 15));
            var status = ticket.StatusValue;
            if (Lifecycle.IsFinished(status) && (ticket.AnsweredAt ?? ticket.ClosedAt ?? ticket.UpdatedAt) + window < now)
            {
                throw new ConflictException("reopen-window-passed",
                    $"Request {ticket.Number} was answered more than {window.TotalDays} days ago; please file a new request.");
            }

            var messageId = await Messages.InsertAsync(db, null, ticket.PublicRequesterName, ticket.Id, MessageKind.Customer, command.Body, now, ct);
            await db.ExecuteAsync(SearchSql, new { ticket.Id, command.Body }, ct);
            await timeline.AppendAsync(ticket.Id, TimelineEvents.CustomerMessage, new { messageId }, null, ticket.PublicRequesterName, ct);
            var target = Lifecycle.IsFinished(status) ? TicketStatus.Reopened : status == TicketStatus.PendingCustomer ? TicketStatus.Open : (TicketStatus?)null;
            if (target is { } to)
            {
                await changes.ChangeStatusAsync(ticket, to, "customer wrote back", ct);
            }

            await changes.TouchAsync(ticket.Id, ct);
            return await mediator.Send(new TrackTicket.TrackTicket.Query(command.Number, command.Token), ct);
        }
    }
}
