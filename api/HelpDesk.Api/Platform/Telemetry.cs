using System.Security.Cryptography;
using System.Text;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace HelpDesk.Api.Platform;

/// <summary>The "HelpDesk:Telemetry" configuration section (README, "Operating it: telemetry").</summary>
internal sealed class TelemetryOptions
{
    /// <summary>OTLP collector to export traces, metrics and logs to; the standard OTEL_EXPORTER_OTLP_ENDPOINT does the same.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Bearer token a Prometheus scraper sends to read /metrics. Without it only signed-in administrators may.</summary>
    public string? MetricsToken { get; set; }
}

/// <summary>
/// OpenTelemetry for the service "helpdesk": traces of requests, outgoing HTTP calls, database commands and jobs; metrics
/// of the same plus the .NET runtime and the product's own (meter "HelpDesk"). Scraped in the Prometheus format at
/// /metrics; exported with OTLP only when an endpoint is configured.
/// </summary>
internal static class Telemetry
{
    public const string ServiceName = "helpdesk";
    public const string MetricsPath = "/metrics";

    // Npgsql reports its commands (spans) and pool and command metrics under this name without another package.
    private const string Npgsql = "Npgsql";

    public static WebApplicationBuilder AddHelpDeskTelemetry(this WebApplicationBuilder builder, TelemetryOptions options)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t => t
                .SetSampler(new ParentBasedSampler(new NoClientSpansWithoutParent()))
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsPlumbing(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(Npgsql, JobTelemetry.ActivitySourceName))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Npgsql, HelpDeskMetrics.MeterName)
                // Scrapes are few and authorized, and the outbox gauges keep their own cache: no response cache.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));

        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            var protocol = builder.Configuration["OTEL_EXPORTER_OTLP_PROTOCOL"] == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            telemetry.UseOtlpExporter(protocol, new Uri(options.OtlpEndpoint));
        }
        else if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Reads the standard OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers).
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// GET /metrics in the Prometheus text format, for a scraper that sends the configured bearer token or a signed-in
    /// administrator; 401 for anyone else anonymous, 403 for other users and partners. Not part of the API contract.
    /// </summary>
    public static void MapHelpDeskMetrics(this WebApplication app)
    {
        var token = app.Services.GetRequiredService<HelpDeskOptions>().Telemetry.MetricsToken;
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
            {
                if (MayScrape(http, token))
                {
                    await next(http);
                    return;
                }

                http.Response.StatusCode = http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            }), optionsName: null)
            .ExcludeFromDescription();
    }

    private static bool MayScrape(HttpContext http, string? token)
    {
        const string bearer = "Bearer ";
        var header = http.Request.Headers.Authorization.ToString();
        if (!string.IsNullOrEmpty(token) && header.StartsWith(bearer, StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[bearer.Length..]), Encoding.UTF8.GetBytes(token)))
        {
            return true;
        }

        return http.User.Identity?.IsAuthenticated == true && http.User.HasClaim(SessionClaims.Role, Roles.Admin);
    }

    private static bool IsPlumbing(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");

    /// <summary>
    /// Database and outgoing HTTP spans are kept only inside a request's or a job's trace: Hangfire's own polling of its
    /// tables (every few seconds, on every node) would otherwise fill the traces with root spans nobody asked for.
    /// </summary>
    private sealed class NoClientSpansWithoutParent : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters parameters) =>
            new(parameters.Kind == System.Diagnostics.ActivityKind.Client ? SamplingDecision.Drop : SamplingDecision.RecordAndSample);
    }
}
