using HelpDesk.Shared.Security;
using Microsoft.AspNetCore.Authentication;

namespace HelpDesk.Api.Auth;

internal static class AuthenticationSetup
{
    private const string ChooseScheme = "SessionOrApiKey";

    public static IServiceCollection AddHelpDeskAuth(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddSingleton<IAntiforgeryCookie, AntiforgeryCookie>();
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryCookie.HeaderName;
            o.Cookie.Name = "helpdesk.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // the security headers middleware sends DENY
        });

        services.AddAuthentication(ChooseScheme)
            // A request with X-Api-Key is a partner's; anything else is a staff session (or anonymous).
            .AddPolicyScheme(ChooseScheme, ChooseScheme, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(SessionClaims.ApiKeyHeader) ? SessionClaims.ApiKeyScheme : SessionClaims.CookieScheme)
            .AddCookie(SessionClaims.CookieScheme, o =>
            {
                o.Cookie.Name = "helpdesk.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.EventsType = typeof(SessionCookieEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SessionClaims.ApiKeyScheme, null);
        services.AddScoped<SessionCookieEvents>();

        // Who may call what: the policies and their roles are in HelpDesk.Shared.Security.Policies (README, "Permissions").
        services.AddAuthorizationBuilder().AddHelpDeskPolicies();
        return services;
    }
}
