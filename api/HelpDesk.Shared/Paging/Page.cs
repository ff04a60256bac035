using System.Buffers.Text;
using System.Globalization;
using System.Text;
using HelpDesk.Shared.Errors;

namespace HelpDesk.Shared.Paging;

/// <summary>One page of a keyset-paginated list; pass <see cref="NextCursor"/> back as ?cursor= for the next one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Opaque cursors: the sort key of the last row, base64url-encoded.</summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw new RuleViolationException("cursor", "The cursor is not valid; use the nextCursor of a previous page.");
        }
    }

    /// <summary>The cursor of lists sorted by an instant, then by id.</summary>
    public static string EncodeInstant(DateTimeOffset instant, Guid id) =>
        Encode($"{instant.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{id}");

    public static (DateTimeOffset? Instant, Guid? Id) DecodeInstant(string? cursor)
    {
        var decoded = Decode(cursor);
        if (decoded is null)
        {
            return (null, null);
        }

        var parts = decoded.Split('|');
        return parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks) && Guid.TryParse(parts[1], out var id)
            ? (new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : throw new RuleViolationException("cursor", "The cursor is not valid; use the nextCursor of a previous page.");
    }

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        < 1 or > MaxLimit => throw new RuleViolationException("limit", $"limit must be between 1 and {MaxLimit}."),
        _ => limit.Value,
    };
}
