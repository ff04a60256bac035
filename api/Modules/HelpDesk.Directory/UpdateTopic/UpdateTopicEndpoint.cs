using HelpDesk.Directory.Topics;

namespace HelpDesk.Directory.UpdateTopic;

internal static class UpdateTopicEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapPut("/topics/{id:guid}", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateTopic")
            .WithSummary("Rename, recode, deactivate or reactivate a topic.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<TopicDto>> Handle(Guid id, UpdateTopic.Request request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new UpdateTopic.Command(id, request.Code, request.Name, request.Active), ct));
}
