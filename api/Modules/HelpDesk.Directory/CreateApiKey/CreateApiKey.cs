using FluentValidation;
using HelpDesk.Directory.ApiKeys;
using HelpDesk.Directory.Audit;

namespace HelpDesk.Directory.CreateApiKey;

internal static class CreateApiKey
{
    internal sealed record Command(string PartnerName, IReadOnlyList<string> Scopes) : ICommand<CreatedApiKeyDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PartnerName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Scopes).NotNull().Must(s => s is { Count: > 0 }).WithMessage("Give the key at least one scope.")
                .Must(s => s is null || s.All(Shared.Security.Scopes.All.Contains))
                .WithMessage($"Scopes must be among: {string.Join(", ", Shared.Security.Scopes.All)}.");
        }
    }

    internal sealed class Handler(IDb db, AuditWriter audit, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, CreatedApiKeyDto>
    {
        // A partner is found by name (case-insensitive) or created; its keys come and go.
        private const string PartnerSql = """
            INSERT INTO directory.partners (id, name, created_at) VALUES (@Id, @Name, @Now)
            ON CONFLICT ((lower(name))) DO UPDATE SET name = directory.partners.name
            RETURNING id
            """;

        private const string InsertSql = """
            INSERT INTO directory.api_keys (id, partner_id, key_prefix, key_hash, scopes, created_at, created_by)
            VALUES (@Id, @PartnerId, @Prefix, @Hash, @Scopes, @Now, @CreatedBy)
            """;

        private const string ReadSql = $"{ApiKeyRow.Select} WHERE k.id = @Id";

        public async ValueTask<CreatedApiKeyDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var name = command.PartnerName.Trim();
            var partnerId = await db.QuerySingleAsync<Guid>(PartnerSql, new { Id = Guid.CreateVersion7(now), Name = name, Now = now }, ct);
            var (key, prefix, hash) = ApiKeySecret.Create();
            var id = Guid.CreateVersion7(now);
            var scopes = command.Scopes.Distinct().Order().ToArray();
            await db.ExecuteAsync(InsertSql, new
            {
                Id = id, PartnerId = partnerId, Prefix = prefix, Hash = hash, Scopes = scopes, Now = now, CreatedBy = currentUser.UserId,
            }, ct);
            await audit.WriteAsync(AuditEvents.ApiKeyCreated, name, $"key {prefix}; scopes: {string.Join(", ", scopes)}", ct);
            var row = await db.QuerySingleAsync<ApiKeyRow>(ReadSql, new { Id = id }, ct);
            return new CreatedApiKeyDto(row.Id, row.PartnerId, row.PartnerName, row.Scopes, row.KeyPrefix, row.CreatedAt, row.RevokedAt, key);
        }
    }
}
