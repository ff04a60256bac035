using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HelpDesk.Api.Platform;

/// <summary>/health/ready as JSON that says why: each check's status and description (e.g. "database unreachable: Connection refused").</summary>
internal static class ReadinessReport
{
    public static Task WriteAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
    }
}
