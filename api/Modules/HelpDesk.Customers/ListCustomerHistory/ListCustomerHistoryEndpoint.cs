using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.ListCustomerHistory;

internal static class ListCustomerHistoryEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapGet("/{id:guid}/history", Handle)
            .WithName("ListCustomerHistory")
            .WithSummary("Every change to the customer's data (field, previous and new value, who, when, the verification that allowed it), " +
                         "newest first, keyset-paginated (limit, cursor -> nextCursor). Append-only.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<Page<CustomerHistoryEntry>>> Handle(
        Guid id, IMediator mediator, CancellationToken ct, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListCustomerHistory.Query(id, limit, cursor), ct));
}
