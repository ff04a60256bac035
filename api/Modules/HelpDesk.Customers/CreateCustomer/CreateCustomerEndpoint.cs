using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.CreateCustomer;

internal static class CreateCustomerEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapPost("/", Handle)
            .RequireAuthorization(Policies.FrontLine)
            .WithName("CreateCustomer")
            .WithSummary("Register a customer. Document type and number are unique together (409 with the existing customerId when taken).")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<CustomerDto>> Handle(CreateCustomer.Command command, IMediator mediator, CancellationToken ct)
    {
        var customer = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/customers/{customer.Id}", customer);
    }
}
