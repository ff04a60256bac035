using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Platform;

public sealed class RateLimitTests : IntegrationTest
{
    [Test]
    public async Task Login_WhenTooManyAttemptsFromOneClient_Returns429WithRetryAfter()
    {
        await using var strict = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:RateLimits:LoginPerMinute"] = "3" });
        using var client = strict.CreatePlainClient();
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.com", password = "wrong" });
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }

        var refused = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.com", password = "wrong" });
        await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.That(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
    }

    [Test]
    public async Task ApiKey_WhenOverItsLimit_Returns429WithRetryAfter()
    {
        var key = await CreateApiKeyAsync("Banco Aliado", "directory:read");
        await using var strict = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:RateLimits:ApiKeyPerMinute"] = "2" });
        using var partner = strict.CreatePlainClient(key);
        Assert.That((await partner.GetAsync("/api/directory/areas")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await partner.GetAsync("/api/directory/areas")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var refused = await partner.GetAsync("/api/directory/areas");
        await Problem.AssertAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.Contains("Retry-After"), Is.True);
    }
}
