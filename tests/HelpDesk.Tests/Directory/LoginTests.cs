using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelpDesk.Directory.Accounts;
using HelpDesk.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Login_WhenFiveWrongPasswordsFromOneAddress_ThrottlesThatEmailThereAndAuditsEachAttempt()
    {
        using var client = App.CreatePlainClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, $"wrong-{i}")).StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests,
        }));

        // Even the right password is refused from that address while it is blocked, with the time the block ends.
        var blocked = await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword);
        var problem = await Problem.AssertAsync(blocked, HttpStatusCode.TooManyRequests);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/login-throttled"));
        Assert.That(problem.GetProperty("retryAt").GetDateTimeOffset(), Is.EqualTo(App.Clock.GetUtcNow().AddMinutes(15)).Within(TimeSpan.FromSeconds(1)));
        Assert.That(blocked.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(15)));

        var events = await AuditEventsAsync(HelpDeskFactory.AdminEmail);
        Assert.That(events.Count(e => e == "login_failed"), Is.EqualTo(7));
        Assert.That(events.Count(e => e == "login_throttled"), Is.EqualTo(1));

        App.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var after = await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword);
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_WhenAnotherAddressIsThrottledForTheEmail_RightPasswordStillSignsIn()
    {
        using var client = App.CreatePlainClient();
        for (var i = 0; i < 5; i++)
        {
            await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, $"wrong-{i}");
        }

        Assert.That((await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword)).StatusCode,
            Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await LoginFromAsync(client, Office, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword)).StatusCode,
            Is.EqualTo(HttpStatusCode.OK), "the admin is not locked out by someone else's failures");
    }

    [Test]
    public async Task Login_WhenOneAddressFailsTwentyTimesOverManyEmails_BlocksThatAddressOnly()
    {
        using var client = App.CreatePlainClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            statuses.Add((await LoginFromAsync(client, Attacker, $"guess{i}@test.example", "Password-1234")).StatusCode);
        }

        Assert.That(statuses.Take(19), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(statuses[19], Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword)).StatusCode,
            Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await LoginFromAsync(client, Office, HelpDeskFactory.AdminEmail, HelpDeskFactory.AdminPassword)).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Login_UnknownAndKnownEmail_GetTheSameAnswersThroughTheThrottle()
    {
        using var client = App.CreatePlainClient();
        for (var i = 0; i < 7; i++)
        {
            var known = await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, $"wrong-{i}");
            var unknown = await LoginFromAsync(client, Office, "nobody@test.example", $"wrong-{i}");

            Assert.That(unknown.StatusCode, Is.EqualTo(known.StatusCode), $"attempt {i + 1}");
            Assert.That(await BodyWithoutTraceIdAsync(unknown), Is.EqualTo(await BodyWithoutTraceIdAsync(known)), $"attempt {i + 1}");
            Assert.That(unknown.Headers.RetryAfter?.Delta, Is.EqualTo(known.Headers.RetryAfter?.Delta), $"attempt {i + 1}");
        }
    }

    [Test]
    public async Task Login_WhenEmailUnknownOrInactive_VerifiesThePasswordAgainstTheDummyHash()
    {
        var hasher = new CountingHasher();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffAccount>>(hasher)));
        await CreateInactiveUserAsync("inactivo@test.example");

        using var client = app.CreateClient();
        await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.example", password = "wrong-password" });
        await client.PostAsJsonAsync("/api/auth/login", new { email = "inactivo@test.example", password = "Sala-de-espera-42" });
        await client.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = "wrong-password" });

        Assert.That(hasher.Verified, Has.Count.EqualTo(3), "every attempt verifies one password");
        Assert.That(hasher.Verified[0], Is.EqualTo(HelpDesk.Directory.Login.Login.Handler.DummyHash), "unknown email");
        Assert.That(hasher.Verified[1], Is.EqualTo(HelpDesk.Directory.Login.Login.Handler.DummyHash), "inactive account");
        Assert.That(hasher.Verified[2], Is.Not.EqualTo(HelpDesk.Directory.Login.Login.Handler.DummyHash), "known email");
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

    [Test]
    public async Task Login_UnknownAndKnownEmail_DoTheSamePasswordWorkThroughTheThrottle()
    {
        var hasher = new CountingHasher();
        await using var app = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<StaffAccount>>(hasher)));
        using var client = app.CreateClient();
        for (var i = 0; i < 7; i++)
        {
            var before = hasher.Verified.Count;
            await LoginFromAsync(client, Attacker, HelpDeskFactory.AdminEmail, $"wrong-{i}");
            var known = hasher.Verified.Count - before;
            await LoginFromAsync(client, Office, "nobody@test.example", $"wrong-{i}");
            var unknown = hasher.Verified.Count - before - known;

            Assert.That(unknown, Is.EqualTo(known), $"attempt {i + 1}: verifications for an unknown email and for a known one");
        }
    }

    private const string Attacker = "203.0.113.66";
    private const string Office = "198.51.100.5";

    private static async Task<HttpResponseMessage> LoginFromAsync(HttpClient client, string address, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(HelpDeskFactory.RemoteAddressHeader, address);
        return await client.SendAsync(request);
    }

    private static async Task<string> BodyWithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }

    private static async Task CreateInactiveUserAsync(string email)
    {
        var hasher = new PasswordHasher<StaffAccount>();
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand("""
            INSERT INTO directory.users (id, email, display_name, password_hash, roles, active, security_stamp, created_at, updated_at)
            VALUES (gen_random_uuid(), @email, 'Inactivo', @hash, '{agent}', false, gen_random_uuid(), now(), now())
            """, connection);
        insert.Parameters.AddWithValue("email", email);
        insert.Parameters.AddWithValue("hash", hasher.HashPassword(StaffAccount.Any, "Sala-de-espera-42"));
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>The app's hasher, recording which hash each verification was made against.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffAccount>
    {
        private readonly PasswordHasher<StaffAccount> inner = new();

        public List<string> Verified { get; } = [];

        public string HashPassword(StaffAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffAccount user, string hashedPassword, string providedPassword)
        {
            lock (Verified)
            {
                Verified.Add(hashedPassword);
            }

            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
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
