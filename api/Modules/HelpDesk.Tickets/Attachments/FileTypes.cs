namespace HelpDesk.Tickets.Attachments;

/// <summary>
/// The files a customer-service case needs (documents, scans, spreadsheets, photos). A file is accepted when its
/// extension is allowed AND its first bytes are what that kind of file starts with, whatever Content-Type the client sent.
/// </summary>
internal static class FileTypes
{
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, Func<ReadOnlyMemory<byte>, bool> Looks)> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", b => StartsWith(b, "%PDF-"u8)),
        [".jpg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".jpeg"] = ("image/jpeg", b => StartsWith(b, [0xFF, 0xD8, 0xFF])),
        [".png"] = ("image/png", b => StartsWith(b, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
        [".gif"] = ("image/gif", b => StartsWith(b, "GIF87a"u8) || StartsWith(b, "GIF89a"u8)),
        [".webp"] = ("image/webp", b => StartsWith(b, "RIFF"u8) && b.Length >= 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b => StartsWith(b, [0x50, 0x4B, 0x03, 0x04])),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b => StartsWith(b, [0x50, 0x4B, 0x03, 0x04])),
        [".doc"] = ("application/msword", b => StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".xls"] = ("application/vnd.ms-excel", b => StartsWith(b, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
        [".txt"] = ("text/plain; charset=utf-8", IsText),
        [".csv"] = ("text/csv; charset=utf-8", IsText),
    };

    public static string AllowedList => string.Join(", ", Allowed.Keys);

    /// <summary>The content type to store and serve, or null when the name or the bytes are not an allowed file.</summary>
    public static string? Recognise(string fileName, ReadOnlyMemory<byte> content)
    {
        var extension = Path.GetExtension(fileName);
        return Allowed.TryGetValue(extension, out var kind) && kind.Looks(content) ? kind.ContentType : null;
    }

    private static bool StartsWith(ReadOnlyMemory<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.Span.StartsWith(prefix);

    // Plain text in any of the encodings customers' tools produce (UTF-8, Windows-1252): no control bytes but whitespace.
    private static bool IsText(ReadOnlyMemory<byte> bytes)
    {
        foreach (var b in bytes.Span)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                return false;
            }
        }

        return true;
    }
}
