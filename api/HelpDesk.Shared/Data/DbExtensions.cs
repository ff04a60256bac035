using Dapper;

namespace HelpDesk.Shared.Data;

/// <summary>Dapper calls bound to the scope's connection and transaction.</summary>
public static class DbExtensions
{
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await db.ConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, db.Transaction, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    public static async Task<T?> QuerySingleOrDefaultAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await db.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, db.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<T> QuerySingleAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await db.ConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<T>(new CommandDefinition(sql, parameters, db.Transaction, cancellationToken: cancellationToken));
    }

    public static async Task<int> ExecuteAsync(this IDb db, string sql, object? parameters, CancellationToken cancellationToken)
    {
        var connection = await db.ConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(sql, parameters, db.Transaction, cancellationToken: cancellationToken));
    }
}
