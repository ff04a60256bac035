using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.ApiKeys;

/// <summary>A partner's requests each present the key: known keys are kept for a few seconds; revoking one forgets it once committed.</summary>
internal sealed class ApiKeyCache() : ShortLivedCache<string, PartnerIdentity>(TimeSpan.FromSeconds(30))
{
    public void Forget(Guid keyId) => ForgetWhere((_, partner) => partner.KeyId == keyId);
}

internal sealed class AuthenticateApiKeyHandler(IDb db, ApiKeyCache cache) : IQueryHandler<AuthenticateApiKey, PartnerIdentity?>
{
    private const string Sql = """
        SELECT k.id, k.partner_id, p.name AS partner_name, k.key_hash, k.scopes
        FROM directory.api_keys k JOIN directory.partners p ON p.id = k.partner_id
        WHERE k.key_prefix = @prefix AND k.revoked_at IS NULL
        """;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid PartnerId { get; init; }
        public string PartnerName { get; init; } = "";
        public byte[] KeyHash { get; init; } = [];
        public string[] Scopes { get; init; } = [];
    }

    public async ValueTask<PartnerIdentity?> Handle(AuthenticateApiKey query, CancellationToken ct)
    {
        var prefix = ApiKeySecret.PrefixOf(query.Key);
        if (prefix is null)
        {
            return null;
        }

        var hash = Convert.ToBase64String(ApiKeySecret.Hash(query.Key));
        if (cache.Find(hash) is { } known)
        {
            return known;
        }

        var row = await db.QuerySingleOrDefaultAsync<Row>(Sql, new { prefix }, ct);
        if (row is null || !ApiKeySecret.Matches(query.Key, row.KeyHash))
        {
            return null;
        }

        var partner = new PartnerIdentity(row.PartnerId, row.PartnerName, row.Id, row.Scopes);
        cache.Keep(hash, partner);
        return partner;
    }
}
