namespace HelpDesk.Tickets.Attachments;

internal sealed record AttachmentDto(Guid Id, string FileName, string ContentType, int SizeBytes, bool Internal, string UploadedByName, DateTimeOffset CreatedAt);

internal static class AttachmentSql
{
    public const string Columns = "id, file_name, content_type, size_bytes, internal, uploaded_by_name, created_at";
}
