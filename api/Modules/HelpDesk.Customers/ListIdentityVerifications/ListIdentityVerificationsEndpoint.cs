using HelpDesk.Customers.Verifications;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.ListIdentityVerifications;

internal static class ListIdentityVerificationsEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapGet("/{id:guid}/verifications", Handle)
            .WithName("ListIdentityVerifications")
            .WithSummary("The customer's identity verifications, passed and failed, newest first, keyset-paginated (limit, cursor -> nextCursor).")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<Page<CustomerVerification>>> Handle(
        Guid id, IMediator mediator, CancellationToken ct, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListIdentityVerifications.Query(id, limit, cursor), ct));
}
