using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.UpdateCustomerContact;

internal static class UpdateCustomerContactEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapPut("/{id:guid}/contact", Handle)
            .RequireAuthorization(Policies.FrontLine)
            .WithName("UpdateCustomerContact")
            .WithSummary("Replace the customer's email, phones, address and city. Needs a passed identity verification of this customer " +
                         "in the last 30 minutes (none failed since): otherwise 422 of type verification-required. Previous values go to the history.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<CustomerDto>> Handle(Guid id, UpdateCustomerContact.Request request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateCustomerContact.Command(id, request.Email, request.Phones, request.Address, request.City), ct));
}
