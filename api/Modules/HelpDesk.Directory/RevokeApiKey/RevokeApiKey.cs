using HelpDesk.Directory.ApiKeys;
using HelpDesk.Directory.Audit;

namespace HelpDesk.Directory.RevokeApiKey;

internal static class RevokeApiKey
{
    internal sealed record Command(Guid Id) : ICommand<ApiKeyDto>;

    internal sealed class Handler(IDb db, AuditWriter audit, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, ApiKeyDto>
    {
        private const string RevokeSql = """
            UPDATE directory.api_keys SET revoked_at = @Now, revoked_by = @By WHERE id = @Id AND revoked_at IS NULL
            """;

        private const string ReadSql = $"{ApiKeyRow.Select} WHERE k.id = @Id";

        public async ValueTask<ApiKeyDto> Handle(Command command, CancellationToken ct)
        {
            var revoked = await db.ExecuteAsync(RevokeSql, new { command.Id, Now = clock.GetUtcNow(), By = currentUser.UserId }, ct);
            var row = await db.QuerySingleOrDefaultAsync<ApiKeyRow>(ReadSql, command, ct) ?? throw new NotFoundException("The API key");
            if (revoked > 0)
            {
                await audit.WriteAsync(AuditEvents.ApiKeyRevoked, row.PartnerName, $"key {row.KeyPrefix}", ct);
            }

            return row.ToDto();
        }
    }
}
