using System.Data;
using Npgsql;

namespace HelpDesk.Shared.Data;

/// <summary>
/// The request's database access: one connection per scope, opened on first use, with the transaction
/// the command pipeline opened (if any). Handlers use the Dapper-style helpers in <see cref="DbExtensions"/>.
/// </summary>
public interface IDb
{
    ValueTask<NpgsqlConnection> ConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs one statement (or one reader, consumed to its end) on the scope's connection and transaction. The request's
    /// token is checked before it starts; outside a transaction the statement gets the token (a read the client gave
    /// up on is cancelled), inside one it gets none and runs to its end (the command stops at its next statement). A
    /// statement cut short marks the connection, which then goes back to the pool only once it has proved in step.
    /// </summary>
    Task<T> RunAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction?, CancellationToken, Task<T>> statement, CancellationToken cancellationToken);

    NpgsqlTransaction? Transaction { get; }

    ValueTask<NpgsqlTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken);

    /// <summary>
    /// In-process work that must only happen once the current transaction has committed (wake a dispatcher, forget a
    /// cached row); dropped if it rolls back; run at once outside a transaction. Keep it quick and non-throwing: the
    /// change is already committed when it runs.
    /// </summary>
    void AfterCommit(Action work);
}
