using HelpDesk.Directory;
using HelpDesk.Migrations;

namespace HelpDesk.Api.Platform;

internal static class DatabaseStartup
{
    /// <summary>Migrates (unless told not to), then loads the demo data set in demo mode or makes sure an administrator exists otherwise.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, HelpDeskOptions options, string connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:HelpDesk is not set. Use ./helpdesk run for a private demo database, or set ConnectionStrings__HelpDesk.");
        }

        if (options.MigrateOnStart)
        {
            Migrator.Migrate(connectionString, message => app.Logger.LogInformation("{Migration}", message.Trim()));
        }

        var ct = app.Lifetime.ApplicationStopping;
        if (options.Demo)
        {
            foreach (var module in Modules.All)
            {
                await module.SeedDemoAsync(app.Services, ct);
            }
            foreach (var login in DirectoryModule.DemoLogins())
            {
                app.Logger.LogInformation("Demo login: {Login}", login);
            }
        }
        else
        {
            var admin = options.BootstrapAdmin;
            await DirectoryModule.EnsureFirstAdministratorAsync(app.Services, admin.Email, admin.Password, admin.DisplayName, ct);
        }
    }
}
