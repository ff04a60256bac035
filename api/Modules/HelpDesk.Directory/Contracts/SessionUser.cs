namespace HelpDesk.Directory.Contracts;

/// <summary>The staff member behind a session cookie, read fresh on each request so role and area changes apply at once.</summary>
public sealed record SessionUser(Guid Id, string Email, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid> AreaIds);

/// <summary>Returns the active user with that id whose security stamp still matches, or null (the session has ended).</summary>
public sealed record GetSessionUser(Guid UserId, Guid SecurityStamp) : IQuery<SessionUser?>;

/// <summary>A partner system identified by a valid, unrevoked API key.</summary>
public sealed record PartnerIdentity(Guid PartnerId, string PartnerName, Guid KeyId, IReadOnlyList<string> Scopes);

/// <summary>Returns the partner that owns this API key, or null when the key is unknown or revoked.</summary>
public sealed record AuthenticateApiKey(string Key) : IQuery<PartnerIdentity?>;
