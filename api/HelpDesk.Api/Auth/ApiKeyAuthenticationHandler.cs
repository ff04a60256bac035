using System.Security.Claims;
using System.Text.Encodings.Web;
using HelpDesk.Directory.Contracts;
using HelpDesk.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HelpDesk.Api.Auth;

/// <summary>Partner systems: X-Api-Key identifies a partner and carries its scopes. Unknown or revoked keys fail (401).</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IMediator mediator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(SessionClaims.ApiKeyHeader, out var values) || string.IsNullOrEmpty(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var partner = await mediator.Send(new AuthenticateApiKey(values.ToString()), Context.RequestAborted);
        if (partner is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim>
        {
            new(SessionClaims.PartnerId, partner.PartnerId.ToString()),
            new(ClaimTypes.Name, partner.PartnerName),
        };
        claims.AddRange(partner.Scopes.Select(s => new Claim(SessionClaims.Scope, s)));
        var identity = new ClaimsIdentity(claims, Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
