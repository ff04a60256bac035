using System.Security.Claims;
using HelpDesk.Shared.Security;

namespace HelpDesk.Api.Auth;

/// <summary>The request's caller, read from the principal the authentication handlers built.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? UserId => Guid.TryParse(Principal?.FindFirstValue(SessionClaims.UserId), out var id) ? id : null;

    public string? Email => Principal?.FindFirstValue(SessionClaims.Email);

    public string? DisplayName => Principal?.FindFirstValue(SessionClaims.Name) ?? Principal?.FindFirstValue(ClaimTypes.Name);

    public IReadOnlyCollection<string> Roles => Values(SessionClaims.Role);

    public IReadOnlyCollection<Guid> AreaIds => [.. Values(SessionClaims.Area).Select(Guid.Parse)];

    public Guid? PartnerId => Guid.TryParse(Principal?.FindFirstValue(SessionClaims.PartnerId), out var id) ? id : null;

    public IReadOnlyCollection<string> Scopes => Values(SessionClaims.Scope);

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Principal?.HasClaim(SessionClaims.Role, role) ?? false;

    private string[] Values(string type) => Principal?.FindAll(type).Select(c => c.Value).ToArray() ?? [];
}
