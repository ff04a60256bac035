using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Sla.PreviewSla;

internal static class PreviewSlaEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/sla/preview", async Task<Ok<SlaPreviewDto>> (
                    string type, string channel, IMediator mediator, CancellationToken ct, string priority = "normal", Guid? topicId = null, string? segment = null) =>
                TypedResults.Ok(await mediator.Send(new PreviewSla.Query(
                    EnumNames<TicketType>.ParseField(type, "type"), EnumNames<Channel>.ParseField(channel, "channel"),
                    EnumNames<Priority>.ParseField(priority, "priority"), topicId, segment), ct)))
            .WithTags("SLA")
            .RequireAuthorization(Policies.Staff)
            .WithName("PreviewSla")
            .WithDescription("type, channel and priority take the API's names (claim, walk_in, urgent); an unknown one is a 422 naming it.")
            .WithSummary("The policy and due dates a ticket with these facts would get if created now (to tell the customer at intake).")
            .ProducesCommonProblems().ProducesInputProblems();
}
