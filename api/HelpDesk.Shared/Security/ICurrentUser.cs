namespace HelpDesk.Shared.Security;

/// <summary>Who is making the request: a staff member (cookie session) or a partner system (API key), or nobody.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string? Email { get; }

    /// <summary>The staff member's display name, or the partner's name.</summary>
    string? DisplayName { get; }

    IReadOnlyCollection<string> Roles { get; }

    IReadOnlyCollection<Guid> AreaIds { get; }

    Guid? PartnerId { get; }

    IReadOnlyCollection<string> Scopes { get; }

    string? IpAddress { get; }

    bool IsInRole(string role);
}
