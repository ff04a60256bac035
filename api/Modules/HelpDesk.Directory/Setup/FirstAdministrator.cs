using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.CreateUser;
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
                $"(at least {PasswordRules.MinLength} characters, not a common password, not the name or email) to create the " +
                "first one, then remove the password from the configuration.");
        }

        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            await mediator.Send(new CreateUser.CreateUser.Command(email, displayName ?? "Administrador", password, [Role.Admin], []), ct);
        }
        catch (RuleViolationException e)
        {
            var problems = (e.Errors ?? new Dictionary<string, string[]>()).SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}"));
            throw new InvalidOperationException(
                $"The first administrator (HelpDesk__BootstrapAdmin__*) could not be created: {string.Join(" ", problems)}", e);
        }
    }
}
