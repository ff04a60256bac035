namespace HelpDesk.Notifications.MarkNoticeRead;

internal static class MarkNoticeRead
{
    internal sealed record Command(Guid Id) : ICommand;

    internal sealed class Handler(IDb db, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command>
    {
        private const string Sql = "UPDATE notifications.notices SET read_at = coalesce(read_at, @Now) WHERE id = @Id AND user_id = @UserId";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            if (await db.ExecuteAsync(Sql, new { command.Id, user.UserId, Now = clock.GetUtcNow() }, ct) == 0)
            {
                throw new NotFoundException("The notice");
            }

            return Unit.Value;
        }
    }
}
