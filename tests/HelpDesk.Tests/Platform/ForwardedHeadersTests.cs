using System.Net;
using System.Net.Http.Json;
using HelpDesk.Tests.Infrastructure;

namespace HelpDesk.Tests.Platform;

public sealed class ForwardedHeadersTests : IntegrationTest
{
    private const string Proxy = "192.0.2.10";

    [Test]
    public async Task Login_WhenTrustedProxySaysHttps_SetsSecureCookies()
    {
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:TrustedProxies"] = $"{Proxy}, 198.51.100.0/24" });

        var cookies = await LoginCookiesAsync(app, from: Proxy);

        Assert.That(cookies.Single(c => c.StartsWith("helpdesk.session=", StringComparison.Ordinal)), Does.Contain("; secure").IgnoreCase);
        Assert.That(cookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)), Does.Contain("; secure").IgnoreCase);
        Assert.That(await LastLoginSourceAsync(app), Is.EqualTo("203.0.113.7"), "the client address comes from X-Forwarded-For");
    }

    [Test]
    public async Task Login_WhenUntrustedAddressSaysHttps_CookiesAreNotSecure()
    {
        await using var app = new HelpDeskFactory(new Dictionary<string, string?> { ["HelpDesk:TrustedProxies"] = Proxy });

        var cookies = await LoginCookiesAsync(app, from: "198.51.100.20");

        Assert.That(cookies.Single(c => c.StartsWith("helpdesk.session=", StringComparison.Ordinal)), Does.Not.Contain("secure").IgnoreCase);
        Assert.That(cookies.Single(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)), Does.Not.Contain("secure").IgnoreCase);
        Assert.That(await LastLoginSourceAsync(app), Is.EqualTo("198.51.100.20"), "X-Forwarded-For from an untrusted address is ignored");
    }

    private static async Task<List<string>> LoginCookiesAsync(HelpDeskFactory app, string from)
    {
        using var client = app.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword }),
        };
        request.Headers.Add(HelpDeskFactory.RemoteAddressHeader, from);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return [.. response.Headers.GetValues("Set-Cookie")];
    }

    private static async Task<string?> LastLoginSourceAsync(HelpDeskFactory app)
    {
        using var admin = app.CreateBrowserClient();
        var login = await admin.PostAsJsonAsync("/api/auth/login", new { email = HelpDeskFactory.AdminEmail, password = HelpDeskFactory.AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var log = await admin.GetFromJsonAsync<AuditPage>("/api/admin/audit-log?limit=10");
        return log!.Items.First(e => e.EventType == "login_succeeded" && e.SourceIp is not null).SourceIp;
    }

    private sealed record AuditEntry(string EventType, string? SourceIp);

    private sealed record AuditPage(List<AuditEntry> Items);
}
