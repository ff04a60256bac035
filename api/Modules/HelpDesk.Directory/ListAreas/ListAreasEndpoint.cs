using HelpDesk.Directory.Areas;

namespace HelpDesk.Directory.ListAreas;

internal static class ListAreasEndpoint
{
    public static void Map(RouteGroupBuilder directory) =>
        directory.MapGet("/areas", Handle)
            .RequireAuthorization(Policies.DirectoryRead)
            .WithName("ListAreas")
            .WithSummary("Areas of the organisation, by name. Inactive ones only when asked.")
            .ProducesCommonProblems();

    private static async Task<Ok<IReadOnlyList<AreaDto>>> Handle(IMediator mediator, CancellationToken ct, bool includeInactive = false) =>
        TypedResults.Ok(await mediator.Send(new ListAreas.Query(includeInactive), ct));
}
