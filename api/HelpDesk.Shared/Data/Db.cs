using System.Data;
using Npgsql;

namespace HelpDesk.Shared.Data;

public sealed class Db(NpgsqlDataSource dataSource) : IDb, IAsyncDisposable
{
    private NpgsqlConnection? connection;
    private List<Action>? afterCommit;

    public NpgsqlTransaction? Transaction { get; private set; }

    public async ValueTask<NpgsqlConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            connection = dataSource.CreateConnection();
            await connection.OpenAsync(cancellationToken);
        }

        return connection;
    }

    public async ValueTask<NpgsqlTransaction> BeginTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken)
    {
        if (Transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open in this scope.");
        }

        var open = await ConnectionAsync(cancellationToken);
        Transaction = await open.BeginTransactionAsync(isolationLevel, cancellationToken);
        return Transaction;
    }

    /// <summary>
    /// True once Npgsql has broken the connection (a write cut by the request's token, the server gone): the server ended
    /// the transaction with the connection, and Npgsql disposed the transaction object.
    /// </summary>
    public bool ConnectionBroken => connection?.FullState == ConnectionState.Broken;

    public void AfterCommit(Action work)
    {
        if (Transaction is null)
        {
            work();
            return;
        }

        (afterCommit ??= []).Add(work);
    }

    /// <summary>
    /// Called by whoever began the transaction once it has ended: the after-commit work runs if it committed and is
    /// dropped otherwise.
    /// </summary>
    public void ForgetTransaction(bool committed)
    {
        Transaction = null;
        var work = afterCommit;
        afterCommit = null;
        if (committed)
        {
            foreach (var item in work ?? [])
            {
                item();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
