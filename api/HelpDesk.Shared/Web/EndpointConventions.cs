using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HelpDesk.Shared.Web;

public static class EndpointConventions
{
    /// <summary>Declares the problem responses every authenticated API endpoint may give, for the OpenAPI contract.</summary>
    public static TBuilder ProducesCommonProblems<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Declares the 400 (malformed body) and 422 (rule broken, per-field errors) responses of an endpoint that takes a body.</summary>
    public static RouteHandlerBuilder ProducesInputProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
}
