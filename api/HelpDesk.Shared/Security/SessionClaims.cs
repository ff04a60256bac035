using Microsoft.AspNetCore.Http;

namespace HelpDesk.Shared.Security;

/// <summary>Claim types of a staff session and of a partner key identity.</summary>
public static class SessionClaims
{
    public const string UserId = "sub";
    public const string SecurityStamp = "stamp";
    public const string Email = "email";
    public const string Name = "name";
    public const string Role = "role";
    public const string Area = "area";
    public const string PartnerId = "partner";
    public const string Scope = "scope";

    public const string CookieScheme = "HelpDeskSession";
    public const string ApiKeyScheme = "ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";
}

/// <summary>Issues the JS-readable XSRF-TOKEN cookie for the signed-in user; the SPA echoes it in X-XSRF-TOKEN.</summary>
public interface IAntiforgeryCookie
{
    void Issue(HttpContext context);
}
