using HelpDesk.Directory.CreateUser;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Security;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Directory.Setup;

/// <summary>
/// A production start needs someone who can administer: when no active administrator exists, one is created from
/// configuration (HelpDesk:BootstrapAdmin:Email/Password/DisplayName); without that configuration the start fails.
/// </summary>
internal static class FirstAdministrator
{
    private const string AnyAdminSql = "SELECT EXISTS (SELECT 1 FROM directory.users WHERE active AND 'admin' = ANY(roles))";

    public static async Task EnsureAsync(IServiceProvider services, string? email, string? password, string? displayName, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDb>();
        if (await db.QuerySingleAsync<bool>(AnyAdminSql, null, ct))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "No administrator exists yet. Set HelpDesk__BootstrapAdmin__Email and HelpDesk__BootstrapAdmin__Password " +
                "(at least 10 characters) to create the first one, then remove the password from the configuration.");
        }

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new CreateUser.CreateUser.Command(email, displayName ?? "Administrador", password, [Role.Admin], []), ct);
    }
}
