using HelpDesk.Shared.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace HelpDesk.Api.Auth;

/// <summary>
/// Double-submit antiforgery for the SPA: ASP.NET Core's antiforgery cookie (HttpOnly) plus a readable XSRF-TOKEN cookie
/// whose value the SPA sends back in X-XSRF-TOKEN on unsafe requests.
/// </summary>
internal sealed class AntiforgeryCookie(IAntiforgery antiforgery) : IAntiforgeryCookie
{
    public const string CookieName = "XSRF-TOKEN";
    public const string HeaderName = "X-XSRF-TOKEN";

    public void Issue(HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
        });
    }
}

internal static class AntiforgeryValidation
{
    /// <summary>
    /// Minimal APIs validate antiforgery only on form-bound endpoints, so JSON endpoints are checked here: every unsafe
    /// request made with a session cookie must carry the token. Partner requests (API key) carry no cookie and are exempt,
    /// as is the login itself (no session yet).
    /// </summary>
    public static IApplicationBuilder UseAntiforgeryForSessions(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            var unsafeMethod = HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);
            if (unsafeMethod
                && context.User.Identity is { IsAuthenticated: true, AuthenticationType: SessionClaims.CookieScheme }
                && !context.Request.Path.StartsWithSegments("/api/auth/login"))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await Results.Problem(
                        statusCode: StatusCodes.Status400BadRequest,
                        title: "Missing or invalid antiforgery token.",
                        detail: $"Send the value of the {AntiforgeryCookie.CookieName} cookie in the {AntiforgeryCookie.HeaderName} header.",
                        type: "https://helpdesk.local/problems/antiforgery").ExecuteAsync(context);
                    return;
                }
            }

            await next(context);
        });
}
