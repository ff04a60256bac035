using HelpDesk.Tickets.Attachments;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.ListTicketAttachments;

internal static class ListAttachments
{
    internal sealed record Query(string Number) : IQuery<IReadOnlyList<AttachmentDto>>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, IReadOnlyList<AttachmentDto>>
    {
        private const string Sql = $"""
            SELECT {AttachmentSql.Columns} FROM tickets.attachments
            WHERE ticket_id = @TicketId AND (@Staff OR (NOT internal AND (NOT @IdentityPending OR uploaded_by_user_id IS NULL)))
            ORDER BY created_at, id
            """;

        public async ValueTask<IReadOnlyList<AttachmentDto>> Handle(Query query, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            return await db.QueryAsync<AttachmentDto>(Sql, new { TicketId = ticket.Id, Staff = TicketAccess.IsStaff(user), ticket.IdentityPending }, ct);
        }
    }
}
