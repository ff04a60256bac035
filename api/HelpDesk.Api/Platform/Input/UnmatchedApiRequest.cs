using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace HelpDesk.Api.Platform.Input;

/// <summary>
/// The answer for an API request no endpoint took. Routing hands a request whose path and method match an operation but
/// whose Content-Type that operation does not accept to the catch-all fallback, which would say 404; the caller deserves
/// 415 (wrong Content-Type) or 405 (wrong method) naming what the operation takes.
/// </summary>
internal sealed class UnmatchedApiRequest(EndpointDataSource endpoints)
{
    private readonly Lazy<Operation[]> operations = new(() => [.. endpoints.Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
        .Select(e => new Operation(
            new TemplateMatcher(new RouteTemplate(e.RoutePattern), []),
            e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [],
            e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? []))]);

    public Task AnswerAsync(HttpContext context)
    {
        var matching = operations.Value.Where(o => o.Matcher.TryMatch(context.Request.Path, [])).ToArray();
        var sameMethod = matching.Where(o => o.Methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase)).ToArray();
        if (sameMethod.Length > 0 && sameMethod.SelectMany(o => o.Accepts).Distinct().ToArray() is { Length: > 0 } accepted)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"This operation takes a body of type {string.Join(" or ", accepted)}; the request said '{context.Request.ContentType}'.",
                type: ProblemExceptionHandler.TypeBase + "unsupported-media-type").ExecuteAsync(context);
        }

        if (sameMethod.Length == 0 && matching.Length > 0)
        {
            var allowed = matching.SelectMany(o => o.Methods).Distinct().Order().ToArray();
            context.Response.Headers.Allow = string.Join(", ", allowed);
            return Results.Problem(
                statusCode: StatusCodes.Status405MethodNotAllowed,
                title: "Method not allowed",
                detail: $"This address takes {string.Join(", ", allowed)}.",
                type: ProblemExceptionHandler.TypeBase + "method-not-allowed").ExecuteAsync(context);
        }

        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found").ExecuteAsync(context);
    }

    private sealed record Operation(TemplateMatcher Matcher, IReadOnlyList<string> Methods, IReadOnlyList<string> Accepts);
}
