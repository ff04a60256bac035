using HelpDesk.Tickets.Tickets;
using HelpDesk.Tickets.Timeline;

namespace HelpDesk.Tickets.GetTicketTimeline;

internal static class GetTicketTimelineEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/{number}/timeline", Handle)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("GetTicketTimeline")
            .WithSummary("Every change of the ticket in order: created, field changes, replies, notes, assignments, state changes, verifications, emails sent.")
            .ProducesCommonProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<IReadOnlyList<TimelineEventDto>>> Handle(string number, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTimeline.Query(number), ct));
}
