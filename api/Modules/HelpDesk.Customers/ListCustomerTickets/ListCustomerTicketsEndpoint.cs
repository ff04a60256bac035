using HelpDesk.Customers.Contracts;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.ListCustomerTickets;

/// <summary>The tickets are the Tickets module's: it answers the GetCustomerTickets contract this endpoint sends.</summary>
internal static class ListCustomerTicketsEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapGet("/{id:guid}/tickets", Handle)
            .WithName("ListCustomerTickets")
            .WithSummary("The customer's tickets, newest first, keyset-paginated (limit, cursor -> nextCursor).")
            .ProducesCommonProblems()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<CustomerTicketsPage>> Handle(Guid id, IMediator mediator, CancellationToken ct, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new GetCustomerTickets(id, Cursor.Limit(limit), cursor), ct));
}
