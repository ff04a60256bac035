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

    NpgsqlTransaction? Transaction { get; }

    ValueTask<NpgsqlTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken);

    /// <summary>
    /// In-process work that must only happen once the current transaction has committed (wake a dispatcher, forget a
    /// cached row); dropped if it rolls back; run at once outside a transaction. Keep it quick and non-throwing: the
    /// change is already committed when it runs.
    /// </summary>
    void AfterCommit(Action work);
}
