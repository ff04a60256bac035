using HelpDesk.Directory.Areas;

namespace HelpDesk.Directory.CreateArea;

internal static class CreateAreaEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapPost("/areas", Handle)
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateArea")
            .WithSummary("Create an area. Codes are unique (409 when taken).")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<AreaDto>> Handle(CreateArea.Command command, IMediator mediator, CancellationToken ct)
    {
        var area = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/directory/areas/{area.Id}", area);
    }
}
