using FluentValidation;
using HelpDesk.Directory.Contracts;
using HelpDesk.Escalation.Legs;
using HelpDesk.Escalation.Matrix;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.EscalateTicket;

internal static class EscalateTicket
{
    /// <summary>Used when the chosen area is not the matrix's: eight business hours.</summary>
    public const int DefaultOlaMinutes = 480;

    /// <summary>AreaId null: the matrix's suggestion for the ticket's topic and type.</summary>
    internal sealed record Request(Guid? AreaId, string Reason);

    internal sealed record Command(string Number, Guid? AreaId, string Reason) : ICommand<LegDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }

    internal sealed class Handler(IMediator mediator, MatrixLookup matrix, LegOpener opener) : ICommandHandler<Command, LegDto>
    {
        public async ValueTask<LegDto> Handle(Command command, CancellationToken ct)
        {
            var ticket = await mediator.Send(new GetTicketSummary(command.Number), ct) ?? throw new NotFoundException($"Ticket {command.Number}");
            if (ticket.Status is TicketStatus.Answered or TicketStatus.Closed)
            {
                throw new ConflictException("invalid-transition", $"Ticket {ticket.Number} is {ticket.Status.ToDb()}; it cannot be escalated.")
                {
                    Extensions = new Dictionary<string, object?> { ["currentStatus"] = ticket.Status.ToDb() },
                };
            }

            var row = await matrix.FindAsync(ticket.TopicId, ticket.Type, ct);
            var areaId = command.AreaId ?? row?.AreaId
                ?? throw new RuleViolationException("areaId", "The matrix has no area for this ticket's topic; choose one.");
            var area = await mediator.Send(new GetArea(areaId), ct);
            if (area is not { Active: true })
            {
                throw new RuleViolationException("areaId", "The area does not exist or is inactive.");
            }

            var fromMatrix = row is not null && row.AreaId == areaId;
            var leg = await opener.OpenAsync(new LegOpener.Plan(
                ticket, area, ToManager: false, Round: 1, PreviousLegId: null, command.Reason.Trim(),
                fromMatrix ? row!.OlaMinutes : DefaultOlaMinutes,
                fromMatrix ? row!.DefaultResponderId : null,
                fromMatrix ? row!.NextAreaId : null,
                fromMatrix && row!.NextToManager), ct);
            return leg.ToDto();
        }
    }
}
