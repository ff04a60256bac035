using HelpDesk.Directory.Audit;
using HelpDesk.Shared.Security;
using Mediator;

namespace HelpDesk.Directory.Logout;

internal static class Logout
{
    internal sealed record Command : ICommand;

    internal sealed class Handler(AuditWriter audit, ICurrentUser user) : ICommandHandler<Command>
    {
        public async ValueTask<Unit> Handle(Command command, CancellationToken ct)
        {
            await audit.WriteAsync(AuditEvents.Logout, user.Email, null, ct);
            return Unit.Value;
        }
    }
}
