using System.Security.Claims;

namespace HelpDesk.Directory.Contracts;

/// <summary>Builds the request principal of a staff session from the fresh user record.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal Create(SessionUser user, Guid securityStamp)
    {
        var claims = new List<Claim>
        {
            new(SessionClaims.UserId, user.Id.ToString()),
            new(SessionClaims.SecurityStamp, securityStamp.ToString()),
            new(SessionClaims.Email, user.Email),
            new(SessionClaims.Name, user.DisplayName),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(SessionClaims.Role, r.ToName())));
        claims.AddRange(user.AreaIds.Select(a => new Claim(SessionClaims.Area, a.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SessionClaims.CookieScheme, SessionClaims.Email, SessionClaims.Role));
    }
}
