using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.GetCustomer;

internal static class GetCustomerEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapGet("/{id:guid}", Handle)
            .WithName("GetCustomer")
            .WithSummary("The customer 360: contact data, kind, segment attributes, the latest identity verification (who, when, outcome) " +
                         "and until when contact data may change.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<CustomerDto>> Handle(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetCustomer.Query(id), ct));
}
