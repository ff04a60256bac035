using FluentValidation;
using HelpDesk.Escalation.Contracts;
using HelpDesk.Escalation.Legs;
using HelpDesk.Tickets.Contracts;
using HelpDesk.Sla.Contracts;

namespace HelpDesk.Escalation.AnswerEscalation;

/// <summary>The area answers back to the back office; the answer is reviewed before anything reaches the customer.</summary>
internal static class AnswerEscalation
{
    internal sealed record Request(string Text);

    internal sealed record Command(Guid Id, string Text) : ICommand<LegDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(20_000);
    }

    internal sealed class Handler(IDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, LegDto>
    {
        private const string Sql = $"""
            UPDATE escalation.legs
            SET status = 'answered', answer = @Text, answered_at = @Now, answered_by = @Me, responder_id = coalesce(responder_id, @Me), updated_at = @Now
            WHERE id = @Id
            RETURNING {LegRow.Columns}
            """;

        public async ValueTask<LegDto> Handle(Command command, CancellationToken ct)
        {
            var leg = await LegAccess.LoadAsync(db, user, command.Id, forUpdate: true, ct);
            LegAccess.RequireAreaMember(user, leg);
            LegAccess.RequireStatus(leg, LegStatus.Open, "answered");
            var now = clock.GetUtcNow();
            var answered = await db.QuerySingleAsync<LegRow>(Sql, new { command.Id, command.Text, Now = now, Me = user.UserId }, ct);
            await mediator.Send(new StopOlaClock(leg.Id, user.UserId, Cancelled: false), ct);
            await mediator.Publish(new EscalationLegAnswered(leg.Id, leg.TicketId, leg.AreaId, leg.Round, command.Text, user.UserId, now), ct);
            return answered.ToDto();
        }
    }
}
