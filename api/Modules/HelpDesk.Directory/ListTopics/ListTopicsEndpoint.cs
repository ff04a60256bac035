using HelpDesk.Directory.Topics;

namespace HelpDesk.Directory.ListTopics;

internal static class ListTopicsEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapGet("/topics", Handle)
            .RequireAuthorization(Policies.DirectoryRead)
            .WithName("ListTopics")
            .WithSummary("The topic catalogue (topics and subtopics), optionally for one area.")
            .ProducesCommonProblems();

    private static async Task<Ok<IReadOnlyList<TopicDto>>> Handle(
        IMediator mediator, CancellationToken ct, Guid? areaId = null, bool includeInactive = false) =>
        TypedResults.Ok(await mediator.Send(new ListTopics.Query(areaId, includeInactive), ct));
}
