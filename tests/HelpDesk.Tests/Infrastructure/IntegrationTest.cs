using System.Net.Http.Json;
using HelpDesk.Directory;
using HelpDesk.Shared.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>
/// Base of the HTTP tests: one app for the whole run, an empty database before each test, with only the bootstrap
/// administrator in it. The fake clock only moves forward (tests advance it).
/// </summary>
public abstract class IntegrationTest
{
    private static HelpDeskFactory? shared;

    protected static HelpDeskFactory App => shared ??= new HelpDeskFactory();

    [SetUp]
    public async Task ResetDatabaseAsync()
    {
        await TestDatabase.ResetAsync();
        // The app keeps a few rarely changed rows in memory (sessions, API keys, SLA settings); the database just changed under it.
        foreach (var cache in App.Services.GetServices<IProcessCache>())
        {
            cache.Clear();
        }

        await DirectoryModule.EnsureFirstAdministratorAsync(
            App.Services, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword, "Test Admin", CancellationToken.None);
    }

    protected static async Task<HttpClient> LoginAsync(string email, string password)
    {
        var client = App.CreateBrowserClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.That(response.IsSuccessStatusCode, Is.True, $"login as {email}: {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    protected static Task<HttpClient> LoginAsAdminAsync() => LoginAsync(HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword);

    /// <summary>Creates a staff user through the admin API and returns a signed-in client for them.</summary>
    protected static async Task<HttpClient> LoginAsNewUserAsync(string email, string[] roles, Guid[]? areaIds = null)
    {
        using var admin = await LoginAsAdminAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/users",
            new { email, displayName = email, password = "Password-1234", roles, areaIds = areaIds ?? [] });
        Assert.That(created.IsSuccessStatusCode, Is.True, await created.Content.ReadAsStringAsync());
        return await LoginAsync(email, "Password-1234");
    }

    /// <summary>Creates a partner API key with the given scopes and returns the key.</summary>
    protected static async Task<string> CreateApiKeyAsync(string partner, params string[] scopes)
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName = partner, scopes });
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["key"].ToString()!;
    }

}
