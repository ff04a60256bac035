using Npgsql;

namespace HelpDesk.Shared.Data;

public static class ConnectionSettings
{
    /// <summary>
    /// The app's connection string with the settings every request benefits from, unless the operator set them:
    /// statements used twice are prepared on each pooled connection (unless Max Auto Prepare is given) (PostgreSQL skips parsing them again, while
    /// plan_cache_mode keeps planning each execution for its own parameters, as unprepared statements are), and a
    /// connection going back to the pool is not reset (no DISCARD ALL, which would also drop the prepared statements;
    /// the app only ever sets state with SET LOCAL, inside transactions).
    /// </summary>
    public static string ForApp(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        if (b.MaxAutoPrepare == 0)
        {
            b.MaxAutoPrepare = 100;
            b.AutoPrepareMinUsages = 2;
        }

        if (!(b.Options ?? "").Contains("plan_cache_mode", StringComparison.Ordinal))
        {
            b.Options = $"{b.Options} -c plan_cache_mode=force_custom_plan".Trim();
        }

        return b.ConnectionString;
    }
}
