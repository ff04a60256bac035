using HelpDesk.Escalation.Matrix;

namespace HelpDesk.Escalation.ListEscalationMatrix;

internal static class ListMatrix
{
    internal sealed record Query : IQuery<IReadOnlyList<MatrixRowDto>>;

    internal sealed class Handler(IDb db) : IQueryHandler<Query, IReadOnlyList<MatrixRowDto>>
    {
        private const string Sql = $"SELECT {MatrixRowData.Columns} FROM escalation.matrix ORDER BY topic_id, ticket_type NULLS FIRST";

        public async ValueTask<IReadOnlyList<MatrixRowDto>> Handle(Query query, CancellationToken ct) =>
            [.. (await db.QueryAsync<MatrixRowData>(Sql, null, ct)).Select(r => r.ToDto())];
    }
}
