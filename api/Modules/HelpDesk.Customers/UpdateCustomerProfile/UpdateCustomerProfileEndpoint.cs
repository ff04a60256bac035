using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.UpdateCustomerProfile;

internal static class UpdateCustomerProfileEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapPut("/{id:guid}/profile", Handle)
            .RequireAuthorization(Policies.FrontLine)
            .WithName("UpdateCustomerProfile")
            .WithSummary("Replace the customer's name, kind and segment attributes (region, company size, economic activity, segment). " +
                         "No identity verification needed; previous values go to the history.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<CustomerDto>> Handle(Guid id, UpdateCustomerProfile.Request request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateCustomerProfile.Command(
            id, request.FullName, request.Kind, request.Region, request.CompanySize, request.EconomicActivity, request.Segment), ct));
}
