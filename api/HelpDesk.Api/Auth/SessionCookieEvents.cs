using HelpDesk.Directory.Contracts;
using HelpDesk.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace HelpDesk.Api.Auth;

/// <summary>
/// The cookie holds only the user id and security stamp. Each request reloads the user, so a deactivation or a role
/// change applies at once; an API answers 401/403 instead of redirecting to a login page.
/// </summary>
internal sealed class SessionCookieEvents : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (!Guid.TryParse(principal?.FindFirst(SessionClaims.UserId)?.Value, out var userId)
            || !Guid.TryParse(principal?.FindFirst(SessionClaims.SecurityStamp)?.Value, out var stamp))
        {
            await Reject(context);
            return;
        }

        var mediator = context.HttpContext.RequestServices.GetRequiredService<IMediator>();
        var user = await mediator.Send(new GetSessionUser(userId, stamp), context.HttpContext.RequestAborted);
        if (user is null)
        {
            await Reject(context);
            return;
        }

        context.ReplacePrincipal(SessionPrincipal.Create(user, stamp));
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    private static async Task Reject(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(SessionClaims.CookieScheme);
    }
}
