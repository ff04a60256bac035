using HelpDesk.Customers.Contracts;

namespace HelpDesk.Customers.Verifications;

internal sealed class GetIdentityVerificationHandler(IDb db) : IQueryHandler<GetIdentityVerification, IdentityVerificationSummary?>
{
    private const string Sql = $"SELECT {VerificationRow.Columns} FROM customers.verifications WHERE id = @VerificationId";

    public async ValueTask<IdentityVerificationSummary?> Handle(GetIdentityVerification query, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<VerificationRow>(Sql, query, ct);
        return row is null ? null : new IdentityVerificationSummary(row.Id, row.CustomerId, row.Outcome == "passed", row.Checks, row.VerifiedBy, row.VerifiedAt);
    }
}
