using HelpDesk.Shared.Security;
using HelpDesk.Shared.Web;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace HelpDesk.Directory.Logout;

internal static class LogoutEndpoint
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/logout", Handle)
            .RequireAuthorization(Policies.Staff)
            .WithName("Logout")
            .WithSummary("End the cookie session.")
            .ProducesCommonProblems();

    private static async Task<NoContent> Handle(IMediator mediator, HttpContext http, CancellationToken ct)
    {
        await mediator.Send(new Logout.Command(), ct);
        await http.SignOutAsync(SessionClaims.CookieScheme);
        http.Response.Cookies.Delete("XSRF-TOKEN");
        return TypedResults.NoContent();
    }
}
