using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.GetCurrentUser;

namespace HelpDesk.Directory.UpdateUser;

internal static class UpdateUserEndpoint
{
    public static void Map(RouteGroupBuilder admin) =>
        admin.MapPut("/users/{id:guid}", Handle)
            .WithName("UpdateUser")
            .WithSummary("Change a user's name, roles, areas, or deactivate/reactivate the account (deactivation ends its sessions).")
            .WithDescription("An administrator cannot deactivate themselves or drop their own admin role, and no change may leave no active administrator (422).")
            .ProducesCommonProblems()
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Ok<UserDto>> Handle(Guid id, UpdateUser.Request request, IMediator mediator, SessionUserCache sessions, CancellationToken ct)
    {
        var user = await mediator.Send(new UpdateUser.Command(id, request.DisplayName, request.Roles, request.AreaIds, request.Active), ct);
        sessions.Forget(id); // committed: the user's next request reads the new roles, areas or deactivation
        return TypedResults.Ok(user);
    }
}
