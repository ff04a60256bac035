using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.AddTicketNote;

internal static class AddTicketNoteEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapPost("/{number}/notes", Handle)
            .RequireAuthorization(Policies.TicketWrite)
            .WithName("AddTicketNote")
            .WithSummary("An internal note for staff; never shown or sent to the customer.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<TicketDto>> Handle(string number, AddNote.Request request, IMediator mediator, HttpContext http, CancellationToken ct)
    {
        var ticket = await mediator.Send(new AddNote.Command(number, request.Body), ct);
        Versioning.SetETag(http, ticket.Version);
        return TypedResults.Ok(ticket);
    }
}
