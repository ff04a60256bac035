using HelpDesk.Directory.Areas;
using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

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
