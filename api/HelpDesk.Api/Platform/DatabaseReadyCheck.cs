using HelpDesk.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace HelpDesk.Api.Platform;

/// <summary>Ready when the database answers and every migration this build carries has been applied.</summary>
internal sealed class DatabaseReadyCheck(NpgsqlDataSource dataSource, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(ct);
            var pending = Migrator.PendingScripts(configuration.GetConnectionString("HelpDesk")!);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy($"database unreachable: {DatabaseUnavailable.Reason(e)}");
        }
    }
}
