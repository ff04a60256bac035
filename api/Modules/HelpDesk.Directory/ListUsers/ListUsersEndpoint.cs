using HelpDesk.Directory.Accounts;

namespace HelpDesk.Directory.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapGet("/users", Handle)
            .WithName("ListUsers")
            .WithSummary("Every staff account, with roles, areas, active flag and lockout.")
            .ProducesCommonProblems();

    private static async Task<Ok<IReadOnlyList<UserDto>>> Handle(IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListUsers.Query(), ct));
}
