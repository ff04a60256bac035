namespace HelpDesk.Escalation.DeleteEscalationMatrixRow;

internal static class DeleteMatrixRow
{
    internal sealed record Command(Guid Id) : ICommand;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        private const string Sql = """
            WITH gone AS (DELETE FROM escalation.matrix WHERE id = @Id RETURNING id)
            INSERT INTO escalation.matrix_changes (matrix_id, changed_at, changed_by, action) SELECT id, @Now, @By, 'deleted' FROM gone
            """;

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (await db.ExecuteAsync(Sql, new { command.Id, Now = clock.GetUtcNow(), By = user.UserId }, ct) == 0)
            {
                throw new NotFoundException("The matrix row");
            }

            return Unit.Value;
        }
    }
}
