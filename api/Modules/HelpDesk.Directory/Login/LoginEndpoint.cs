using System.Globalization;
using System.Security.Claims;
using HelpDesk.Directory.Contracts;
using HelpDesk.Directory.GetCurrentUser;
using Microsoft.AspNetCore.Authentication;

namespace HelpDesk.Directory.Login;

internal static class LoginEndpoint
{
    public static void Map(RouteGroupBuilder auth) =>
        auth.MapPost("/login", Handle)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Login)
            .WithName("Login")
            .WithSummary("Sign in with email and password; starts a cookie session.")
            .WithDescription(
                "Five failed logins for one email from one client address, or twenty from one address, within 15 minutes block " +
                "that email from that address (or that address) for 15 minutes: 429 with Retry-After and retryAt. The account " +
                "itself is never locked, and unknown emails answer exactly like known ones. Every attempt is audited.")
            .ProducesInputProblems()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<CurrentUserDto>, ProblemHttpResult>> Handle(
        Login.Command command, IMediator mediator, HttpContext http, IAntiforgeryCookie antiforgery, TimeProvider clock, CancellationToken ct)
    {
        var result = await mediator.Send(command, ct);
        switch (result.Outcome)
        {
            case Login.Outcome.InvalidCredentials:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status401Unauthorized,
                    title: "Invalid email or password.",
                    type: "https://helpdesk.local/problems/invalid-credentials");
            case Login.Outcome.Throttled:
                var retryAt = result.RetryAt!.Value;
                http.Response.Headers.RetryAfter = Math.Max(1, Math.Ceiling((retryAt - clock.GetUtcNow()).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many failed logins.",
                    detail: $"Too many failed logins from this address; try again after {retryAt:O}.",
                    type: "https://helpdesk.local/problems/login-throttled",
                    extensions: new Dictionary<string, object?> { ["retryAt"] = retryAt });
        }

        var user = await mediator.Send(new GetSessionUser(result.UserId!.Value, result.SecurityStamp!.Value), ct)
            ?? throw new InvalidOperationException("The user who just signed in could not be read.");
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(SessionClaims.UserId, user.Id.ToString()),
                new Claim(SessionClaims.SecurityStamp, result.SecurityStamp.Value.ToString()),
            ],
            SessionClaims.CookieScheme));
        await http.SignInAsync(SessionClaims.CookieScheme, principal);

        // The antiforgery token is bound to the signed-in identity, so issue it for the new one.
        http.User = SessionPrincipal.Create(user, result.SecurityStamp.Value);
        antiforgery.Issue(http);
        return TypedResults.Ok(CurrentUserDto.From(user));
    }
}
