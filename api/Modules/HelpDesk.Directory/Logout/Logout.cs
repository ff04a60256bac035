using HelpDesk.Directory.Audit;

namespace HelpDesk.Directory.Logout;

internal static class Logout
{
    internal sealed record Command : ICommand;

    /// <summary>
    /// Ends the session on the server, not only in the browser: a new security stamp invalidates every cookie issued
    /// before (a copied cookie stops working too). The user's other sessions end as well.
    /// </summary>
    internal sealed class Handler(IDb db, AuditWriter audit, ICurrentUser user) : ICommandHandler<Command>
    {
        private const string RotateStampSql = "UPDATE directory.users SET security_stamp = gen_random_uuid() WHERE id = @UserId";

        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await db.ExecuteAsync(RotateStampSql, new { user.UserId }, ct);
            await audit.WriteAsync(AuditEvents.Logout, user.Email, null, ct);
            return Unit.Value;
        }
    }
}
