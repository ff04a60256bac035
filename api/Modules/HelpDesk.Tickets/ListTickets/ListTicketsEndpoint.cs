using HelpDesk.Shared.Paging;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.ListTickets;

internal static class ListTicketsEndpoint
{
    public static void Map(RouteGroupBuilder tickets) =>
        tickets.MapGet("/", Handle)
            .RequireAuthorization(Policies.TicketRead)
            .WithName("ListTickets")
            .WithSummary("Tickets, newest first or by oldest update, keyset-paginated, with filters, saved queues and text search.")
            .WithDescription("q: Spanish full text over subject, description, replies and customer name (accents ignored), or an exact ticket " +
                             "number or document number. queue: mine | unassigned | pending_customer | reopened | at_risk (SLA at risk or breached, not yet answered) | " +
                             "supervisors (placed for a supervisor to take, such as survey recoveries; not yet answered). " +
                             "sort: newest | oldest_update | due (nearest SLA due time first; only tickets with a running SLA clock). " +
                             "slaState: running | at_risk | paused | breached | met.")
            .ProducesCommonProblems()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<Page<TicketListItem>>> Handle(
        IMediator mediator, CancellationToken ct,
        string? status = null, string? type = null, string? channel = null, Guid? topicId = null, Guid? areaId = null, Guid? assigneeId = null,
        Guid? customerId = null, DateTimeOffset? createdFrom = null, DateTimeOffset? createdTo = null, string? q = null, string? queue = null,
        string? sort = null, int? limit = null, string? cursor = null, string? slaState = null) =>
        TypedResults.Ok(await mediator.Send(
            new ListTickets.Query(status, type, channel, topicId, areaId, assigneeId, customerId, createdFrom, createdTo, q, queue, sort, limit, cursor, slaState), ct));
}
