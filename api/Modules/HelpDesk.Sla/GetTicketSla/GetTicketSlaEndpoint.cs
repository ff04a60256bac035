namespace HelpDesk.Sla.GetTicketSla;

internal static class GetTicketSlaEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/tickets/{number}/sla", async Task<Ok<TicketSlaDto>> (string number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTicketSla.Query(number), ct)))
            .WithTags("SLA")
            .RequireAuthorization(Policies.Staff)
            .WithName("GetTicketSla")
            .WithSummary("A ticket's clocks (first response, resolution, each leg's answer) with due time, state, elapsed and remaining business time.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
