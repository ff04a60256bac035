using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HelpDesk.Benchmarks.Running;

/// <summary>HTTP clients as the SPA and a partner system use the API.</summary>
internal static class Clients
{
    private static SocketsHttpHandler Handler(CookieContainer? cookies) => new()
    {
        CookieContainer = cookies ?? new CookieContainer(),
        UseCookies = cookies is not null,
        MaxConnectionsPerServer = 4096,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.None,
    };

    /// <summary>
    /// A signed-in staff member: the session cookie, and the XSRF-TOKEN cookie echoed in X-XSRF-TOKEN on every unsafe
    /// request (what the SPA does; see tests/HelpDesk.Tests HelpDeskFactory.CreateBrowserClient).
    /// </summary>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string email, string password, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new XsrfHandler(cookies, baseAddress) { InnerHandler = Handler(cookies) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password }, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"login as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return client;
    }

    /// <summary>A partner system: no cookies, its API key in X-Api-Key.</summary>
    public static HttpClient Partner(Uri baseAddress, string apiKey)
    {
        var client = new HttpClient(Handler(null)) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    /// <summary>An admin creates a partner API key (POST /api/admin/api-keys); the secret is shown once.</summary>
    public static async Task<string> CreateApiKeyAsync(HttpClient admin, string partnerName, CancellationToken ct)
    {
        using var response = await admin.PostAsJsonAsync("/api/admin/api-keys", new { partnerName, scopes = new[] { "tickets:read", "tickets:write" } }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"create API key: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("key").GetString()!;
    }

    /// <summary>True for a 2xx answer; otherwise throws with the status and the start of the body (sampled in the error list).</summary>
    public static async Task<bool> EnsureOkAsync(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            // Read the body as a browser would: the time to the last byte is the latency.
            await response.Content.CopyToAsync(Stream.Null, ct);
            return true;
        }

        var body = await response.Content.ReadAsStringAsync(ct);
        throw new HttpRequestException($"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}: {body[..Math.Min(body.Length, 300)]}");
    }

    private sealed class XsrfHandler(CookieContainer cookies, Uri baseAddress) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && !request.Headers.Contains("X-XSRF-TOKEN")
                && cookies.GetCookies(baseAddress)["XSRF-TOKEN"]?.Value is { } token)
            {
                request.Headers.Add("X-XSRF-TOKEN", token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
