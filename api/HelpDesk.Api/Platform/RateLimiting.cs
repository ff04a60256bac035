using System.Globalization;
using System.Threading.RateLimiting;
using HelpDesk.Shared.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace HelpDesk.Api.Platform;

internal static class RateLimiting
{
    public static IServiceCollection AddHelpDeskRateLimiting(this IServiceCollection services, RateLimitOptions limits) =>
        services.AddRateLimiter(o =>
        {
            // ASP.NET Core answers 503 by default; a client that is too fast gets 429 with Retry-After.
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests.",
                    detail: $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
                    type: ProblemExceptionHandler.TypeBase + "rate-limited").ExecuteAsync(context.HttpContext);
            };

            o.AddPolicy(RateLimitPolicies.Login, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.LoginPerMinute, Window = TimeSpan.FromMinutes(1) }));

            o.AddPolicy(RateLimitPolicies.Public, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PublicPerMinute, Window = TimeSpan.FromMinutes(1) }));

            // Every request with an API key counts against that key (by its public prefix, never the secret).
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var key = context.Request.Headers[SessionClaims.ApiKeyHeader].ToString();
                if (string.IsNullOrEmpty(key))
                {
                    return RateLimitPartition.GetNoLimiter("no-key");
                }

                var partition = key.Length > 16 ? key[..16] : key;
                return RateLimitPartition.GetFixedWindowLimiter(partition,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.ApiKeyPerMinute, Window = TimeSpan.FromMinutes(1) });
            });
        });
}
