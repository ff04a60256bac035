using HelpDesk.Directory.GetCurrentUser;
using Microsoft.AspNetCore.Authentication;

namespace HelpDesk.Directory.Logout;

internal static class LogoutEndpoint
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/logout", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithName("Logout")
            .WithSummary("End the cookie session.")
            .ProducesCommonProblems();

    private static async Task<NoContent> Handle(IMediator mediator, HttpContext http, ICurrentUser user, SessionUserCache sessions, CancellationToken ct)
    {
        await mediator.Send(new Logout.Command(), ct);
        sessions.Forget(user.UserId!.Value); // committed: the rotated stamp ends this and every other session at once
        await http.SignOutAsync(SessionClaims.CookieScheme);
        http.Response.Cookies.Delete("XSRF-TOKEN");
        return TypedResults.NoContent();
    }
}
