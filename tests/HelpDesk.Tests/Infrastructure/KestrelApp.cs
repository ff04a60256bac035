using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel listener (real sockets: a client that gives up really aborts its request, and nothing
/// in the test host buffers a body), on the test database. Records every 5xx it answers and every error it logs.
/// </summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private KestrelApp(WebApplicationFactory<Program> factory, Uri address, ServerErrors errors)
    {
        this.factory = factory;
        Address = address;
        Errors = errors;
    }

    public Uri Address { get; }

    /// <summary>The 5xx answers and error log entries since start, one line each.</summary>
    public ServerErrors Errors { get; }

    /// <summary>Starts the app; <paramref name="settings"/> override the test configuration (e.g. the connection string).</summary>
    public static KestrelApp Start(IDictionary<string, string?>? settings = null)
    {
        var errors = new ServerErrors();
        var factory = new HelpDeskFactory(settings).WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new RecordServerErrors(errors));
            services.AddSingleton<ILoggerProvider>(errors);
        }));
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KestrelApp(factory, new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), errors);
    }

    public IServiceProvider Services => factory.Services;

    /// <summary>A client over real sockets; a partner client when given an API key.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    private sealed class RecordServerErrors(ServerErrors errors) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate rest) =>
            {
                try
                {
                    await rest(context);
                }
                catch (Exception e)
                {
                    errors.Add($"{context.Request.Method} {context.Request.Path} threw {e.GetType().Name}: {e.Message} (aborted: {context.RequestAborted.IsCancellationRequested})");
                    throw;
                }
                finally
                {
                    if (context.RequestAborted.IsCancellationRequested)
                    {
                        errors.CountAbort();
                    }
                }

                if (context.Response.StatusCode >= 500)
                {
                    errors.Add($"{context.Request.Method} {context.Request.Path} answered {context.Response.StatusCode} (aborted: {context.RequestAborted.IsCancellationRequested})");
                }
            });
            next(app);
        };
    }
}

/// <summary>Server-side failures seen by <see cref="KestrelApp"/>: 5xx answers and log entries at Error or above.</summary>
public sealed class ServerErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();
    private int aborts;

    /// <summary>How many requests the server saw aborted by their client.</summary>
    public int Aborts => aborts;

    public void CountAbort() => Interlocked.Increment(ref aborts);

    public IReadOnlyList<string> All => [.. entries];

    public void Add(string entry) => entries.Enqueue(entry);

    public ILogger CreateLogger(string categoryName) => new ErrorLogger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class ErrorLogger(ServerErrors errors, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
