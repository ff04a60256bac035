using HelpDesk.Directory.Topics;

namespace HelpDesk.Directory.CreateTopic;

internal static class CreateTopicEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapPost("/topics", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateTopic")
            .WithSummary("Create a topic under an area, or a subtopic under a topic (parentId).")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<TopicDto>> Handle(CreateTopic.Command command, IMediator mediator, CancellationToken ct)
    {
        var topic = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/directory/topics/{topic.Id}", topic);
    }
}
