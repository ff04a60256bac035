using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Directory;

public sealed class UsersTests : IntegrationTest
{
    private sealed record User(Guid Id, string Email, string DisplayName, string[] Roles, Guid[] AreaIds, bool Active);

    private sealed record Area(Guid Id);

    [Test]
    public async Task CreateUser_WithRolesAndAreas_CanSignInAndSeesThem()
    {
        using var admin = await LoginAsAdminAsync();
        var area = await (await admin.PostAsJsonAsync("/api/directory/areas", new { code = "CREDITO", name = "Crédito" })).Content.ReadFromJsonAsync<Area>();
        var response = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            email = "Rodrigo@Example.com", displayName = "Rodrigo", password = "Password-1234", roles = new[] { "area_responder" }, areaIds = new[] { area!.Id },
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var user = await response.Content.ReadFromJsonAsync<User>();
        Assert.That(user!.Email, Is.EqualTo("rodrigo@example.com"));
        Assert.That(user.Roles, Is.EqualTo(new[] { "area_responder" }));
        Assert.That(user.AreaIds, Is.EqualTo(new[] { area.Id }));

        using var rodrigo = await LoginAsync("rodrigo@example.com", "Password-1234");
        var me = await rodrigo.GetFromJsonAsync<User>("/api/auth/me");
        Assert.That(me!.AreaIds, Is.EqualTo(new[] { area.Id }));
    }

    [Test]
    public async Task CreateUser_WhenEmailTaken_Returns409()
    {
        using var admin = await LoginAsAdminAsync();
        var body = new { email = "a@example.com", displayName = "A", password = "Password-1234", roles = new[] { "agent" } };
        await admin.PostAsJsonAsync("/api/admin/users", body);
        await Problem.AssertAsync(await admin.PostAsJsonAsync("/api/admin/users", body), HttpStatusCode.Conflict);
    }

    [Test]
    public async Task CreateUser_WhenInvalid_Returns422PerFieldAndCreatesNothing()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/users", new { email = "nope", displayName = "", password = "short", roles = Array.Empty<string>() });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "email", "displayName", "password", "roles" }));

        var unknownArea = await admin.PostAsJsonAsync("/api/admin/users",
            new { email = "b@example.com", displayName = "B", password = "Password-1234", roles = new[] { "agent" }, areaIds = new[] { Guid.NewGuid() } });
        var areaProblem = await Problem.AssertAsync(unknownArea, HttpStatusCode.UnprocessableEntity);
        Assert.That(areaProblem.GetProperty("errors").TryGetProperty("areaIds", out _), Is.True);

        var users = await admin.GetFromJsonAsync<List<User>>("/api/admin/users");
        Assert.That(users!.Select(u => u.Email), Is.EqualTo(new[] { HelpDeskFactory.AdminEmail }));
    }

    [Test]
    public async Task CreateUser_WhenRoleUnknown_Returns400()
    {
        using var admin = await LoginAsAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/users", new { email = "c@example.com", displayName = "C", password = "Password-1234", roles = new[] { "superuser" } });
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task UpdateUser_WhenAdminDeactivatesThemselves_Returns422EvenWithOtherAdmins()
    {
        using var admin = await LoginAsAdminAsync();
        await CreateUserAsync(admin, "otra.admin@example.com", "admin");
        var me = await admin.GetFromJsonAsync<User>("/api/auth/me");

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{me!.Id}", new { displayName = "Yo", roles = new[] { "admin" }, active = false });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").GetProperty("active")[0].GetString(), Does.Contain("your own account"));
        Assert.That(await ActiveAdminsAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task UpdateUser_WhenAdminRemovesOwnAdminRole_Returns422EvenWithOtherAdmins()
    {
        using var admin = await LoginAsAdminAsync();
        await CreateUserAsync(admin, "otra.admin@example.com", "admin");
        var me = await admin.GetFromJsonAsync<User>("/api/auth/me");

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{me!.Id}", new { displayName = "Yo", roles = new[] { "agent" }, active = true });

        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").GetProperty("roles")[0].GetString(), Does.Contain("your own admin role"));
        Assert.That((await admin.GetFromJsonAsync<User>("/api/auth/me"))!.Roles, Is.EqualTo(new[] { "admin" }));
    }

    [Test]
    public async Task UpdateUser_WhenAdminChangesAnotherAdmin_Succeeds()
    {
        using var admin = await LoginAsAdminAsync();
        var other = await CreateUserAsync(admin, "otra.admin@example.com", "admin");

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{other.Id}", new { displayName = "Otra", roles = new[] { "agent" }, active = false });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(await ActiveAdminsAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task UpdateUser_WhenTwoAdminsDeactivateEachOtherAtOnce_OnlyOneSucceeds()
    {
        using var first = await LoginAsAdminAsync();
        var firstId = (await first.GetFromJsonAsync<User>("/api/auth/me"))!.Id;
        var second = await CreateUserAsync(first, "segunda.admin@example.com", "admin");
        using var secondClient = await LoginAsync(second.Email, UserPassword);

        // Hold every user row so that both requests are in flight before either can go on.
        await using var blocker = new NpgsqlConnection(TestDatabase.ConnectionString);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand("SELECT id FROM directory.users FOR UPDATE", blocker, hold))
        {
            await lockRows.ExecuteNonQueryAsync();
        }

        var firstDeactivatesSecond = first.PutAsJsonAsync($"/api/admin/users/{second.Id}", new { displayName = "B", roles = new[] { "admin" }, active = false });
        var secondDeactivatesFirst = secondClient.PutAsJsonAsync($"/api/admin/users/{firstId}", new { displayName = "A", roles = new[] { "admin" }, active = false });
        await WaitForLockWaitersAsync(2);
        await hold.RollbackAsync();

        var statuses = (await Task.WhenAll(firstDeactivatesSecond, secondDeactivatesFirst)).Select(r => r.StatusCode).ToList();
        Assert.That(statuses, Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity }));
        Assert.That(await ActiveAdminsAsync(), Is.EqualTo(1));
    }

    private const string UserPassword = "Sala-de-espera-42";

    private static async Task<User> CreateUserAsync(HttpClient admin, string email, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/users", new { email, displayName = "Persona de prueba", password = UserPassword, roles });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<User>())!;
    }

    private static async Task<long> ActiveAdminsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM directory.users WHERE active AND 'admin' = ANY(roles)", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task WaitForLockWaitersAsync(int waiters)
    {
        // A connection of its own: inside a transaction pg_stat_activity would keep showing its first snapshot.
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        const string sql = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var count = new NpgsqlCommand(sql, connection);
            if ((long)(await count.ExecuteScalarAsync())! >= waiters)
            {
                return;
            }

            Assert.That(DateTime.UtcNow, Is.LessThan(deadline), $"{waiters} requests never waited on the held rows");
            await Task.Delay(20);
        }
    }

    [Test]
    public async Task UpdateUser_AuditsRoleChangeAndDeactivation()
    {
        using var admin = await LoginAsAdminAsync();
        var user = await (await admin.PostAsJsonAsync("/api/admin/users",
            new { email = "s@example.com", displayName = "S", password = "Password-1234", roles = new[] { "agent" } })).Content.ReadFromJsonAsync<User>();
        await admin.PutAsJsonAsync($"/api/admin/users/{user!.Id}", new { displayName = "S", roles = new[] { "agent", "supervisor" }, active = true });
        await admin.PutAsJsonAsync($"/api/admin/users/{user.Id}", new { displayName = "S", roles = new[] { "agent", "supervisor" }, active = false });

        var log = await admin.GetFromJsonAsync<AuditPage>("/api/admin/audit-log?limit=10");
        var forUser = log!.Items.Where(e => e.Subject == "s@example.com").Select(e => (e.EventType, e.ActorEmail, e.Details)).ToList();
        Assert.That(forUser, Is.EqualTo(new[]
        {
            ("user_deactivated", (string?)HelpDeskFactory.AdminEmail, (string?)null),
            ("roles_changed", HelpDeskFactory.AdminEmail, "roles: agent -> agent, supervisor"),
            ("user_created", HelpDeskFactory.AdminEmail, "roles: agent"),
        }));
    }

    internal sealed record AuditEntry(Guid Id, string EventType, string? ActorEmail, string? Subject, string? SourceIp, string? Details);

    internal sealed record AuditPage(List<AuditEntry> Items, string? NextCursor);
}
