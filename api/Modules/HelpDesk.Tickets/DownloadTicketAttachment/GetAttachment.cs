using HelpDesk.Tickets.Attachments;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.DownloadTicketAttachment;

internal static class GetAttachment
{
    /// <summary>The attachment's metadata if the caller may download it (same rules as the ticket; internal files for staff only).</summary>
    internal sealed record Query(string Number, Guid AttachmentId) : IQuery<AttachmentDto>;

    internal sealed class Handler(IDb db, ICurrentUser user) : IQueryHandler<Query, AttachmentDto>
    {
        private const string Sql = $"""
            SELECT {AttachmentSql.Columns} FROM tickets.attachments
            WHERE id = @AttachmentId AND ticket_id = @TicketId AND (@Staff OR (NOT internal AND (NOT @IdentityPending OR uploaded_by_user_id IS NULL)))
            """;

        public async ValueTask<AttachmentDto> Handle(Query query, CancellationToken ct)
        {
            var ticket = await TicketAccess.LoadAsync(db, user, query.Number, forUpdate: false, ct);
            return await db.QuerySingleOrDefaultAsync<AttachmentDto>(Sql, new { query.AttachmentId, TicketId = ticket.Id, Staff = TicketAccess.IsStaff(user), ticket.IdentityPending }, ct)
                ?? throw new Shared.Errors.NotFoundException("The attachment");
        }
    }
}
