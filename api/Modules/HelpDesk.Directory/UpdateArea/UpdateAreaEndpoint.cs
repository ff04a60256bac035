using HelpDesk.Directory.Areas;

namespace HelpDesk.Directory.UpdateArea;

internal static class UpdateAreaEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapPut("/areas/{id:guid}", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateArea")
            .WithSummary("Change an area's code, name, manager email or active flag.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Ok<AreaDto>> Handle(Guid id, UpdateArea.Request request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateArea.Command(id, request.Code, request.Name, request.ManagerEmail, request.Active), ct));
}
