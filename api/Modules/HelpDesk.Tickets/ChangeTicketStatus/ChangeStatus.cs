using FluentValidation;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.ChangeTicketStatus;

/// <summary>The class keeps its short name: it names the request schema (ChangeStatusRequest) in the OpenAPI contract.</summary>
internal static class ChangeStatus
{
    internal sealed record Request(TicketStatus Status, string? Reason);

    internal sealed record Command(string Number, int ExpectedVersion, TicketStatus Status, string? Reason) : ICommand<TicketDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Must(s => Lifecycle.ManualTargets.Contains(s))
                .WithMessage("Set open, pending_customer, closed or reopened here; answering and escalating have their own actions.");
            RuleFor(c => c.Reason).MaximumLength(1000);
        }
    }

    internal sealed class Handler(IDb db, ICurrentUser user, TicketChanges changes, TimeProvider clock) : ICommandHandler<Command, TicketDto>
    {
        public async ValueTask<TicketDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, command.Number, forUpdate: true, ct);
            Versioning.EnsureCurrent(ticket, command.ExpectedVersion);
            await changes.ChangeStatusAsync(ticket, command.Status, command.Reason, ct);
            return (await changes.TouchAsync(ticket.Id, ct)).ToDto(user, clock.GetUtcNow());
        }
    }
}
