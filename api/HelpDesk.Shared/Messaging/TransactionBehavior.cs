using System.Data;
using HelpDesk.Shared.Data;
using Mediator;

namespace HelpDesk.Shared.Messaging;

/// <summary>
/// Each command runs in one database transaction: its writes and everything its events' handlers write
/// (including outbox rows) commit together or not at all. A command sent from inside another command joins it. Work
/// registered with <see cref="IDb.AfterCommit"/> runs once the transaction has committed. The request's token stops the
/// command between statements (see <see cref="IDb.RunAsync{T}"/>), never inside one or inside the COMMIT.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(Db db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Transaction is not null)
        {
            return await next(message, cancellationToken);
        }

        var transaction = await db.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var committed = false;
        try
        {
            var response = await next(message, cancellationToken);
            // A command that ran to its end commits: the request's token never cuts a COMMIT short (the client may be
            // gone, but a cancel racing the COMMIT would leave the app unsure whether it committed, and drop the
            // after-commit work of a transaction that did).
            await transaction.CommitAsync(CancellationToken.None);
            committed = true;
            return response;
        }
        catch
        {
            // On a broken connection there is nothing left to roll back, and trying throws ObjectDisposedException
            // (NpgsqlTransaction) over the real cause: a 500 instead of a 503 for a lost database, or instead of the quiet
            // 499 of an aborted request.
            if (!db.ConnectionBroken)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            throw;
        }
        finally
        {
            await transaction.DisposeAsync();
            db.ForgetTransaction(committed);
        }
    }
}
