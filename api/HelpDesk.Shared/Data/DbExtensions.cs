using Dapper;

namespace HelpDesk.Shared.Data;

/// <summary>Dapper calls bound to the scope's connection and transaction, each run through <see cref="IDb.RunAsync{T}"/>.</summary>
public static class DbExtensions
{
    public static Task<IReadOnlyList<T>> QueryAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken) =>
        db.RunAsync<IReadOnlyList<T>>(
            async (connection, transaction, ct) => (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct))).AsList(),
            cancellationToken);

    public static Task<T?> QuerySingleOrDefaultAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken) =>
        db.RunAsync((connection, transaction, ct) => connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct)), cancellationToken);

    public static Task<T> QuerySingleAsync<T>(this IDb db, string sql, object? parameters, CancellationToken cancellationToken) =>
        db.RunAsync((connection, transaction, ct) => connection.QuerySingleAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct)), cancellationToken);

    public static Task<int> ExecuteAsync(this IDb db, string sql, object? parameters, CancellationToken cancellationToken) =>
        db.RunAsync((connection, transaction, ct) => connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: ct)), cancellationToken);
}
