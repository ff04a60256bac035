namespace HelpDesk.Notifications.MarkNoticeRead;

internal static class MarkNoticeReadEndpoint
{
    public static void Map(RouteGroupBuilder notices) =>
        notices.MapPost("/{id:guid}/read", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNoticeRead.Command(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNoticeRead").WithSummary("Mark one of my notices as read.")
            .ProducesCommonProblems().ProducesProblem(StatusCodes.Status404NotFound);
}
