using Npgsql;

namespace HelpDesk.Api.Platform;

/// <summary>
/// Tells a database outage (no connection, the server shutting down or refusing connections, the pool exhausted) from
/// a bug: an outage is a 503 the caller can retry, not a 500.
/// </summary>
internal static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    public static bool Is(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 08: connection exceptions; 57P01-57P03: shutting down, crash shutdown, cannot connect now; 53300: too many connections.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300";
                // Not a server error: the network, a broken stream, a connect or pool timeout.
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The reason in a few words, for /health/ready.</summary>
    public static string Reason(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message;
    }
}
