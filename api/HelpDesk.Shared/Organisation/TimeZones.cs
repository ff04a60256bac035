namespace HelpDesk.Shared.Organisation;

/// <summary>
/// Time zone names as stored: the canonical IANA id, whatever spelling the administrator typed. A Windows name
/// ("SA Pacific Standard Time") becomes its IANA zone; a case variant ("america/bogota") becomes the system zone's id.
/// </summary>
/// <remarks>
/// On Linux, <see cref="TimeZoneInfo.FindSystemTimeZoneById"/> is case-insensitive only for zones already in its cache
/// (it reads the zone file by the name given otherwise), so "america/bogota" was found or not depending on what ran
/// before: the system list is searched without regard to case first.
/// </remarks>
public static class TimeZones
{
    /// <summary>The canonical IANA id of the zone the text names; null when it names none.</summary>
    public static string? Canonical(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var id = text.Trim();
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana))
        {
            return iana;
        }

        if (TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase)) is { } listed)
        {
            return listed.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(listed.Id, out iana) ? listed.Id : iana;
        }

        // Zones the list leaves out (links such as US/Eastern) and Windows names in another case.
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return null;
        }

        return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out iana) ? iana : null;
    }

    /// <summary>The zone of a stored (or typed) name.</summary>
    public static TimeZoneInfo Find(string text) =>
        TimeZoneInfo.FindSystemTimeZoneById(Canonical(text) ?? throw new TimeZoneNotFoundException($"{text} is not a known time zone."));
}
