using HelpDesk.Escalation.Legs;

namespace HelpDesk.Escalation.TakeEscalation;

/// <summary>A responder takes an open leg of their area.</summary>
internal static class TakeEscalation
{
    internal sealed record Command(Guid Id) : ICommand<LegDto>;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, LegDto>
    {
        private const string Sql = $"UPDATE escalation.legs SET responder_id = @Me, updated_at = @Now WHERE id = @Id RETURNING {LegRow.Columns}";

        public async ValueTask<LegDto> Handle(Command command, CancellationToken ct)
        {
            var leg = await LegAccess.LoadAsync(db, user, command.Id, forUpdate: true, ct);
            LegAccess.RequireAreaMember(user, leg);
            LegAccess.RequireStatus(leg, LegStatus.Open, "taken");
            return (await db.QuerySingleAsync<LegRow>(Sql, new { command.Id, Me = user.UserId, Now = clock.GetUtcNow() }, ct)).ToDto();
        }
    }
}
