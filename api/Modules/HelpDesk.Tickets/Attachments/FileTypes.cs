using System.Buffers;
using System.Security.Cryptography;

namespace HelpDesk.Tickets.Attachments;

/// <summary>
/// The files a customer-service case needs (documents, scans, spreadsheets, photos). A file is accepted when its
/// extension is allowed AND its first bytes are what that kind of file starts with, whatever Content-Type the client sent.
/// </summary>
internal static class FileTypes
{
    public const int MaxBytes = 10 * 1024 * 1024;

    // How much of the file is checked at once: the first block holds every signature (at most 12 bytes are looked at).
    private const int BlockBytes = 64 * 1024;

    // Text is text throughout, so it is checked in every block; the other kinds by their signature at the start.
    private static readonly Func<ReadOnlyMemory<byte>, bool> Text = IsText;

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
        [".txt"] = ("text/plain; charset=utf-8", Text),
        [".csv"] = ("text/csv; charset=utf-8", Text),
    };

    public static string AllowedList => string.Join(", ", Allowed.Keys);

    /// <summary>
    /// Reads the file once, a block at a time, without holding it: the content type to store and serve (null when the
    /// name or the bytes are not an allowed file: the signature is checked on the first block, and a text file must be
    /// free of control bytes in every block) and the SHA-256 of the bytes. Leaves the stream at its end.
    /// </summary>
    public static async Task<Inspection> InspectAsync(string fileName, Stream content, CancellationToken ct)
    {
        if (!Allowed.TryGetValue(Path.GetExtension(fileName), out var kind))
        {
            return new Inspection(null, []);
        }

        var everyBlock = kind.Looks == Text;
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockBytes);
        try
        {
            var first = true;
            int read;
            while ((read = await content.ReadAtLeastAsync(buffer.AsMemory(0, BlockBytes), BlockBytes, throwOnEndOfStream: false, ct)) > 0)
            {
                var block = buffer.AsMemory(0, read);
                if ((first || everyBlock) && !kind.Looks(block))
                {
                    return new Inspection(null, []);
                }

                first = false;
                sha256.AppendData(block.Span);
            }

            return first && !kind.Looks(ReadOnlyMemory<byte>.Empty)
                ? new Inspection(null, [])
                : new Inspection(kind.ContentType, sha256.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

/// <summary>What <see cref="FileTypes.InspectAsync"/> found: the content type (null when not allowed) and the SHA-256.</summary>
internal sealed record Inspection(string? ContentType, byte[] Sha256);
