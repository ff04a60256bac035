using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using System.Net;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>The real app in memory, on the test database, with a fake clock and no Hangfire server.</summary>
public sealed class HelpDeskFactory(IDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.example";
    public const string AdminPassword = "Tinto-de-la-tarde-7";

    /// <summary>One clock for every app instance of the run, so data written by one is "now" for another.</summary>
    public FakeTimeProvider Clock { get; } = SharedClock;

    private static readonly FakeTimeProvider SharedClock = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:HelpDesk"] = TestDatabase.ConnectionString,
            ["HelpDesk:Demo"] = "false",
            ["HelpDesk:RunJobs"] = "false",
            ["HelpDesk:MigrateOnStart"] = "true",
            ["HelpDesk:SpaPath"] = "",
            ["HelpDesk:BootstrapAdmin:Email"] = AdminEmail,
            ["HelpDesk:BootstrapAdmin:Password"] = AdminPassword,
            ["HelpDesk:RateLimits:LoginPerMinute"] = "100000",
            ["HelpDesk:RateLimits:ApiKeyPerMinute"] = "100000",
            ["HelpDesk:RateLimits:PublicPerMinute"] = "100000",
            ["Logging:Console:FormatterName"] = "simple",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestRemoteAddress>();
        });
    }

    /// <summary>A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN, as the SPA does.</summary>
    public HttpClient CreateBrowserClient()
    {
        var cookies = new CookieContainer();
        var client = CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies), new XsrfHandler(cookies));
        jars.Add(client, cookies);
        return client;
    }

    /// <summary>The cookies a browser client holds, as "name=value" pairs (to replay a session elsewhere).</summary>
    public IEnumerable<string> SessionCookiesOf(HttpClient client) =>
        jars.TryGetValue(client, out var cookies) ? cookies.GetCookies(new Uri("http://localhost")).Select(c => $"{c.Name}={c.Value}") : [];

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, CookieContainer> jars = [];

    /// <summary>A client that sends no cookies and no XSRF header unless told (anonymous, or a partner with a key).</summary>
    public HttpClient CreatePlainClient(string? apiKey = null)
    {
        var client = CreateDefaultClient(new Uri("http://localhost"));
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>
    /// The in-memory test server has no TCP peer, so a request's remote address is empty. A test plays a client (or a
    /// proxy) at some address by sending <see cref="RemoteAddressHeader"/>; this sets the connection's address before
    /// any of the app's middleware runs, as Kestrel would.
    /// </summary>
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    private sealed class TestRemoteAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.Remove(RemoteAddressHeader, out var address))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var token = cookies.GetCookies(new Uri("http://localhost"))["XSRF-TOKEN"]?.Value;
            if (token is not null && request.Method != HttpMethod.Get && !request.Headers.Contains("X-XSRF-TOKEN"))
            {
                request.Headers.Add("X-XSRF-TOKEN", token);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
