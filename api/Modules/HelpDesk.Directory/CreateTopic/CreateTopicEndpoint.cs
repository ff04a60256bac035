using HelpDesk.Directory.Topics;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
