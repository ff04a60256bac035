using HelpDesk.Customers.Verifications;

namespace HelpDesk.Customers.RecordIdentityVerification;

internal static class RecordIdentityVerificationEndpoint
{
    public static void Map(RouteGroupBuilder customers) =>
        customers.MapPost("/{id:guid}/verifications", Handle)
            .RequireAuthorization(Policies.FrontLine)
            .WithName("RecordIdentityVerification")
            .WithSummary("Record that the requester answered questions against the data on file (which checks, passed or failed, channel, " +
                         "optional ticket), by the current user now. A passed one allows contact data changes for 30 minutes.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Created<CustomerVerification>> Handle(
        Guid id, RecordIdentityVerification.Request request, IMediator mediator, CancellationToken ct)
    {
        var verification = await mediator.Send(
            new RecordIdentityVerification.Command(id, request.Checks, request.Outcome, request.Channel, request.TicketId, request.Notes), ct);
        // No Location: the verification is listed at the request's own URI (GET /api/customers/{id}/verifications).
        return TypedResults.Created((string?)null, verification);
    }
}
