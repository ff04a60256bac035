using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.ApiKeys;
using HelpDesk.Directory.Audit;
using HelpDesk.Directory.GetCurrentUser;
using HelpDesk.Directory.Lookups;
using HelpDesk.Directory.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HelpDesk.Directory;

/// <summary>Identity and access, areas and the topic catalogue, partner API keys, the security audit log.</summary>
public sealed class DirectoryModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<Login.LoginThrottle>();
        services.AddSingleton<SessionUserCache>();
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<SessionUserCache>());
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<ApiKeyCache>());
        services.AddSingleton<TopicCache>();
        services.AddSingleton<IProcessCache>(sp => sp.GetRequiredService<TopicCache>());
        services.AddModuleValidators(typeof(DirectoryModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var auth = routes.MapGroup("/api/auth").WithTags("Auth");
        Login.LoginEndpoint.Map(auth);
        Logout.LogoutEndpoint.Map(auth);
        GetCurrentUser.GetCurrentUserEndpoint.Map(auth);

        var directory = routes.MapGroup("/api/directory").WithTags("Directory").ClearsAfterChanges<TopicCache>();
        ListAreas.ListAreasEndpoint.Map(directory);
        CreateArea.CreateAreaEndpoint.Map(directory);
        UpdateArea.UpdateAreaEndpoint.Map(directory);
        ListTopics.ListTopicsEndpoint.Map(directory);
        CreateTopic.CreateTopicEndpoint.Map(directory);
        UpdateTopic.UpdateTopicEndpoint.Map(directory);
        ListStaff.ListStaffEndpoint.Map(directory);
        GetOrganisationSettings.GetOrganisationSettingsEndpoint.Map(directory);

        var admin = routes.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(Policies.Admin);
        ListUsers.ListUsersEndpoint.Map(admin);
        CreateUser.CreateUserEndpoint.Map(admin);
        UpdateUser.UpdateUserEndpoint.Map(admin);
        ListApiKeys.ListApiKeysEndpoint.Map(admin);
        CreateApiKey.CreateApiKeyEndpoint.Map(admin);
        RevokeApiKey.RevokeApiKeyEndpoint.Map(admin);
        ListAuditLog.ListAuditLogEndpoint.Map(admin);
    }

    /// <summary>Production start: makes sure an administrator exists, from configuration if needed.</summary>
    public static Task EnsureFirstAdministratorAsync(IServiceProvider services, string? email, string? password, string? displayName, CancellationToken ct) =>
        FirstAdministrator.EnsureAsync(services, email, password, displayName, ct);

    /// <summary>Demo start: loads the demo areas, topics and users (idempotent).</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) =>
        DemoData.SeedAsync(
            services.GetRequiredService<NpgsqlDataSource>(),
            services.GetRequiredService<IPasswordHasher<StaffAccount>>(),
            services.GetRequiredService<TimeProvider>(),
            ct);

    /// <summary>The demo logins, for ./helpdesk run to print.</summary>
    public static IEnumerable<string> DemoLogins() =>
        DemoData.Users.Select(u => $"{u.Email} / {DemoData.Password}  ({string.Join(", ", u.Roles)})");
}
