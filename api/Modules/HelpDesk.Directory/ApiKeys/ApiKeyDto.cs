namespace HelpDesk.Directory.ApiKeys;

internal sealed record ApiKeyDto(
    Guid Id, Guid PartnerId, string PartnerName, IReadOnlyList<string> Scopes, string KeyPrefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Returned once, when the key is created: the only time the full key is ever shown.</summary>
internal sealed record CreatedApiKeyDto(
    Guid Id, Guid PartnerId, string PartnerName, IReadOnlyList<string> Scopes, string KeyPrefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt,
    string Key);

internal sealed class ApiKeyRow
{
    public const string Select = """
        SELECT k.id, k.partner_id, p.name AS partner_name, k.scopes, k.key_prefix, k.created_at, k.revoked_at
        FROM directory.api_keys k JOIN directory.partners p ON p.id = k.partner_id
        """;

    public Guid Id { get; init; }
    public Guid PartnerId { get; init; }
    public string PartnerName { get; init; } = "";
    public string[] Scopes { get; init; } = [];
    public string KeyPrefix { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public ApiKeyDto ToDto() => new(Id, PartnerId, PartnerName, Scopes, KeyPrefix, CreatedAt, RevokedAt);
}
