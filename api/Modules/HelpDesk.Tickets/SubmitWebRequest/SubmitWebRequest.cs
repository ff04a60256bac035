using FluentValidation;
using HelpDesk.Customers.Contracts;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.SubmitWebRequest;

/// <summary>The public web form: a customer files a PQRS without logging in and gets the number and the tracking link.</summary>
internal static class SubmitWebRequest
{
    internal sealed record Command(
        DocumentType DocumentType,
        string DocumentNumber,
        string FullName,
        string Email,
        string? Phone,
        TicketType Type,
        string? Subject,
        string Description,
        string? Website) : ICommand<Receipt>; // Website is a honeypot: hidden in the form, so only robots fill it.

    /// <summary>All a web requester gets back: nothing about any other ticket or customer.</summary>
    internal sealed record Receipt(string Number, string TrackingUrl);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(20);
            RuleFor(c => c.FullName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(320);
            RuleFor(c => c.Phone).MaximumLength(20);
            RuleFor(c => c.Subject).MaximumLength(TicketRules.SubjectMax);
            RuleFor(c => c.Description).NotEmpty().MaximumLength(TicketRules.BodyMax);
        }
    }

    internal sealed class Handler(IMediator mediator, TicketLinks links) : ICommandHandler<Command, Receipt>
    {
        public async ValueTask<Receipt> Handle(Command command, CancellationToken ct)
        {
            if (!string.IsNullOrEmpty(command.Website))
            {
                throw new RuleViolationException("website", "This request could not be accepted.");
            }

            var firstLine = command.Description.Trim().Split('\n')[0].Trim();
            var subject = !string.IsNullOrWhiteSpace(command.Subject) ? command.Subject.Trim()
                : firstLine.Length > 80 ? firstLine[..80] + "…" : firstLine;
            var created = await mediator.Send(new CreateTicket.CreateTicket.Command(
                command.Type, Channel.Web, subject, command.Description, null,
                new CreateTicket.CreateTicket.NewCustomer(command.DocumentType, command.DocumentNumber, command.FullName, command.Email, command.Phone),
                null, null, null, null) { FromPublicWebForm = true }, ct);
            return new Receipt(created.Ticket.Number, links.Tracking(created.Ticket.Number, created.TrackingToken));
        }
    }
}
