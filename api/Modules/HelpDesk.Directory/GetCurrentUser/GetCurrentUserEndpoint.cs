using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.GetCurrentUser;

internal static class GetCurrentUserEndpoint
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapGet("/me", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithName("GetCurrentUser")
            .WithSummary("The signed-in staff member, with roles and areas. Also refreshes the XSRF-TOKEN cookie.")
            .ProducesCommonProblems();

    private static async Task<Ok<CurrentUserDto>> Handle(
        ICurrentUser currentUser, IMediator mediator, HttpContext http, IAntiforgeryCookie antiforgery, CancellationToken ct)
    {
        var stamp = Guid.Parse(http.User.FindFirst(SessionClaims.SecurityStamp)!.Value);
        var user = await mediator.Send(new GetSessionUser(currentUser.UserId!.Value, stamp), ct)
            ?? throw new InvalidOperationException("The session user disappeared during the request.");
        antiforgery.Issue(http);
        return TypedResults.Ok(CurrentUserDto.From(user));
    }
}
