namespace HelpDesk.Notifications.ListMyNotices;

internal static class ListMyNoticesEndpoint
{
    public static void Map(RouteGroupBuilder notices) =>
        notices.MapGet("/", async Task<Ok<IReadOnlyList<NoticeDto>>> (IMediator mediator, CancellationToken ct, bool unreadOnly = false) =>
                TypedResults.Ok(await mediator.Send(new ListMyNotices.Query(unreadOnly), ct)))
            .WithName("ListMyNotices").WithSummary("My in-app notices, newest first (the last 100).")
            .ProducesCommonProblems();
}
