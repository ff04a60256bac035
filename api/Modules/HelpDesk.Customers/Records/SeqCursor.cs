using System.Globalization;
using HelpDesk.Shared.Paging;

namespace HelpDesk.Customers.Records;

/// <summary>Cursors of lists paged by an insertion-order identity column (seq), newest first.</summary>
internal static class SeqCursor
{
    public static string Encode(long seq) => Cursor.Encode(seq.ToString(CultureInfo.InvariantCulture));

    public static long? Decode(string? cursor) => Cursor.Decode(cursor) is not { } key
        ? null
        : long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? seq
            : throw new RuleViolationException("cursor", "The cursor is not valid; use the nextCursor of a previous page.");
}
