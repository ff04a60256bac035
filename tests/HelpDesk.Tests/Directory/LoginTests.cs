using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HelpDesk.Tests.Infrastructure;
using Npgsql;

namespace HelpDesk.Tests.Directory;

public sealed class LoginTests : IntegrationTest
{
    [Test]
    public async Task Login_WhenPasswordRight_StartsHttpOnlySessionAndReturnsUser()
    {
        using var client = App.CreatePlainClient();
        var response = await client.PostAsJsonAsync("/api/auth/login",
            new { email = "ADMIN@test.example ", password = HelpDeskFactory.AdminPassword });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        var session = cookies.Single(c => c.StartsWith("helpdesk.session=", StringComparison.Ordinal));
        Assert.That(session, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        Assert.That(cookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)), Does.Not.Contain("httponly").IgnoreCase);
        var user = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(user.GetProperty("email").GetString(), Is.EqualTo(HelpDeskFactory.AdminEmail));
        Assert.That(user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "admin" }));
    }

    [Test]
    public async Task Me_WhenSignedIn_ReturnsUser_AndAfterLogoutReturns401()
    {
        using var client = await LoginAsAdminAsync();
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.That(me.GetProperty("displayName").GetString(), Is.EqualTo("Test Admin"));

        // A copy of the session cookie taken before logout must stop working too.
        var copied = App.CreatePlainClient();
        copied.DefaultRequestHeaders.Add("Cookie", string.Join("; ", App.SessionCookiesOf(client)));
        Assert.That((await copied.GetAsync("/api/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var logout = await client.PostAsync("/api/auth/logout", null);
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Problem.AssertAsync(await client.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);
        var problem = await Problem.AssertAsync(await copied.GetAsync("/api/auth/me"), HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("https://helpdesk.local/problems/unauthorized"));
    }

    [Test]
    public async Task Login_WhenPasswordWrong_Returns401Problem()
    {
        using var client = App.CreatePlainClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = "wrong-password" });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/invalid-credentials"));
    }

    [Test]
    public async Task Login_WhenSixWrongPasswords_LocksAccountAndAuditsEachAttempt()
    {
        using var client = App.CreatePlainClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = $"wrong-{i}" });
            statuses.Add(attempt.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.Locked, HttpStatusCode.Locked,
        }));

        // Even the right password is refused while locked, with the time the lock ends.
        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword });
        var problem = await Problem.AssertAsync(locked, HttpStatusCode.Locked);
        Assert.That(problem.GetProperty("lockedUntil").GetDateTimeOffset(), Is.EqualTo(App.Clock.GetUtcNow().AddMinutes(15)).Within(TimeSpan.FromSeconds(1)));

        var events = await AuditEventsAsync(HelpDeskFactory.AdminEmail);
        Assert.That(events.Count(e => e == "login_failed"), Is.EqualTo(7));
        Assert.That(events.Count(e => e == "account_locked"), Is.EqualTo(1));

        App.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var after = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword });
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_WhenFailuresAreNotInARow_DoesNotLock()
    {
        using var client = App.CreatePlainClient();
        for (var i = 0; i < 4; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = "wrong" });
        }

        Assert.That((await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
        for (var i = 0; i < 4; i++)
        {
            Assert.That((await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = "wrong" })).StatusCode,
                Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task Login_WhenEmailUnknown_Returns401AndAuditsTheAttempt()
    {
        using var client = App.CreatePlainClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.example", password = "whatever-1234" });
        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.That(await AuditEventsAsync("nobody@test.example"), Is.EqualTo(new[] { "login_failed" }));
    }

    [Test]
    public async Task Login_WhenBodyMissesPassword_Returns422NamingTheField()
    {
        using var client = App.CreatePlainClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail });
        var problem = await Problem.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("errors").TryGetProperty("password", out _), Is.True);
    }

    private static async Task<List<string>> AuditEventsAsync(string subject)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT event_type FROM directory.audit_log WHERE subject = @s ORDER BY id", connection);
        command.Parameters.AddWithValue("s", subject);
        var events = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(reader.GetString(0));
        }

        return events;
    }
}
