using System.Data;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace HelpDesk.Shared.Data;

public sealed class Db(NpgsqlDataSource dataSource, ILogger<Db>? logger = null) : IDb, IAsyncDisposable
{
    private const string Probe = "SELECT @nonce";

    private readonly ILogger logger = logger ?? NullLogger<Db>.Instance;
    private NpgsqlConnection? connection;
    private List<Action>? afterCommit;
    private bool interrupted;
    private bool disposed;

    public NpgsqlTransaction? Transaction { get; private set; }

    public async ValueTask<NpgsqlConnection> ConnectionAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            // Kept only once open: a cancelled or failed open leaves nothing half-made for the next call or for dispose.
            var opening = dataSource.CreateConnection();
            try
            {
                await opening.OpenAsync(cancellationToken);
            }
            catch
            {
                await opening.DisposeAsync();
                throw;
            }

            connection = opening;
        }

        return connection;
    }

    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction?, CancellationToken, Task<T>> statement, CancellationToken cancellationToken)
    {
        var open = await ConnectionAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // Inside a transaction the statement runs to its end: a client that gives up stops the command at the next
        // statement (above), never in the middle of one, so Npgsql never races a PostgreSQL cancel request against it.
        var token = Transaction is null ? cancellationToken : CancellationToken.None;
        try
        {
            return await statement(open, Transaction, token);
        }
        catch (Exception e) when (e is not PostgresException)
        {
            // A server error leaves the protocol in step (Npgsql reads up to ReadyForQuery before throwing it); anything
            // else (a cancellation, a client-side failure part-way through a result) may not have.
            interrupted = true;
            throw;
        }
        finally
        {
            if (token.IsCancellationRequested)
            {
                interrupted = true;
            }
        }
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

    /// <summary>
    /// Gives the connection back to the pool, and only in step: with No Reset On Close nothing else checks it before the
    /// next request uses it. After an interrupted statement, one round trip proves the connection answers exactly its own
    /// query; if it does not, it never goes back to the pool.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        // The scope disposes this once as Db and once as IDb.
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
            Transaction = null;
        }

        if (connection is null)
        {
            return;
        }

        if (interrupted && connection.FullState == ConnectionState.Open)
        {
            await EnsureInStepAsync(connection);
        }

        await connection.DisposeAsync();
    }

    private async Task EnsureInStepAsync(NpgsqlConnection open)
    {
        try
        {
            // Whatever an interrupted statement left unread (rows, its completion, an error) arrives before this
            // query's answer; Npgsql then finds a message it did not expect and breaks the connection (not pooled). A
            // server still waiting for the rest of a message never answers, and the timeout breaks it too. The nonce
            // tells this query's answer from a whole earlier one left unread.
            var nonce = Guid.NewGuid();
            await using var probe = new NpgsqlCommand(Probe, open) { CommandTimeout = 5 };
            probe.Parameters.Add(new NpgsqlParameter<Guid>("nonce", nonce));
            if (await probe.ExecuteScalarAsync(CancellationToken.None) is Guid answer && answer == nonce)
            {
                return;
            }

            throw new InvalidOperationException("The connection answered the probe with someone else's result.");
        }
#pragma warning disable CA1031 // Whatever went wrong, the connection must not go back to the pool as it is.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "A pooled connection was out of step after an interrupted statement; it is not reused");
            if (open.FullState != ConnectionState.Broken)
            {
                // Still open (a leftover error or result answered the probe): only clearing the pool keeps it out, and
                // it takes the idle connections with it.
                dataSource.Clear();
            }
        }
    }
}
