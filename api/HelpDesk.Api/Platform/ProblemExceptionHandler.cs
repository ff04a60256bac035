using System.Diagnostics;
using HelpDesk.Shared.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HelpDesk.Api.Platform;

/// <summary>
/// Turns exceptions into application/problem+json: a <see cref="ProblemException"/> into its status and type,
/// a malformed request body into 400, a database outage into a 503 with Retry-After, anything else into a 500 that
/// carries the trace id and nothing internal.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public const string TypeBase = "https://helpdesk.local/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        ProblemDetails problem;
        switch (exception)
        {
            case ProblemException known:
                problem = known.Errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(known.Errors);
                problem.Status = known.Status;
                problem.Type = TypeBase + known.Code;
                problem.Title = known.Title;
                problem.Detail = known.Detail;
                foreach (var (key, value) in known.Extensions ?? new Dictionary<string, object?>())
                {
                    problem.Extensions[key] = value;
                }

                break;
            case BadHttpRequestException bad:
                problem = new ProblemDetails
                {
                    Status = bad.StatusCode,
                    Type = TypeBase + "malformed-request",
                    Title = "The request could not be read.",
                    Detail = bad.InnerException switch
                    {
                        Input.JsonInputRules.RejectedJsonValueException rejected => rejected.Message,
                        System.Text.Json.JsonException { Path: { Length: > 0 } path } => $"The body is not valid JSON for this operation (at {path}).",
                        System.Text.Json.JsonException => "The body is not valid JSON for this operation.",
                        _ => bad.Message,
                    },
                };
                break;
            case var outage when DatabaseUnavailable.Is(outage):
                logger.LogWarning("Database unavailable on {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, DatabaseUnavailable.Reason(outage));
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Type = TypeBase + "database-unavailable",
                    Title = "The service is briefly unavailable.",
                    Detail = $"The database cannot be reached right now; this request was not completed. Try again in {DatabaseUnavailable.RetryAfterSeconds} seconds.",
                };
                context.Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status500InternalServerError,
                    Type = TypeBase + "internal-error",
                    Title = "Something went wrong on our side.",
                    Detail = "The error has been logged; quote the trace id when reporting it.",
                };
                break;
        }

        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
