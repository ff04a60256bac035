namespace HelpDesk.Sla.RetireSlaPolicy;

/// <summary>Retire a policy: new tickets no longer match it; tickets that did keep their clocks.</summary>
internal static class RetirePolicy
{
    internal sealed record Command(Guid PolicyId) : ICommand;

    internal sealed class Handler(IDb db) : ICommandHandler<Command>
    {
        private const string Sql = "UPDATE sla.policies SET current = false WHERE policy_id = @PolicyId AND current";

        public async ValueTask<Mediator.Unit> Handle(Command command, CancellationToken ct) =>
            await db.ExecuteAsync(Sql, command, ct) == 0 ? throw new NotFoundException("The policy") : Mediator.Unit.Value;
    }
}
