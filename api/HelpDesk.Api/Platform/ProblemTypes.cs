using Microsoft.AspNetCore.Http;

namespace HelpDesk.Api.Platform;

internal static class ProblemTypes
{
    /// <summary>
    /// Problems written by the framework (401/403 from authorization, 404 of unknown routes, 405…) get the same stable
    /// type URIs as the app's own, instead of links into RFC 9110.
    /// </summary>
    public static void UseHelpDeskTypes(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Type is null || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
        {
            problem.Type = ProblemExceptionHandler.TypeBase + (problem.Status switch
            {
                400 => "bad-request",
                401 => "unauthorized",
                403 => "forbidden",
                404 => "not-found",
                405 => "method-not-allowed",
                409 => "conflict",
                412 => "stale-version",
                415 => "unsupported-media-type",
                422 => "validation",
                428 => "if-match-required",
                429 => "rate-limited",
                _ => "error",
            });
        }

        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }
}
