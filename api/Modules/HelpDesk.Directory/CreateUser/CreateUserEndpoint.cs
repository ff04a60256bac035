using HelpDesk.Directory.Accounts;

namespace HelpDesk.Directory.CreateUser;

internal static class CreateUserEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPost("/users", Handle)
            .WithName("CreateUser")
            .WithSummary("Create a staff account with an initial password, roles and areas.")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<Created<UserDto>> Handle(CreateUser.Command command, IMediator mediator, CancellationToken ct)
    {
        var user = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/admin/users/{user.Id}", user);
    }
}
