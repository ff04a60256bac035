namespace HelpDesk.Directory.Areas;

internal static class AreaRules
{
    /// <summary>Codes are short upper-case identifiers that partners and reports use (e.g. CREDITO).</summary>
    public const string CodePattern = "^[A-Za-z0-9_-]{2,30}$";
    public const string CodeMessage = "Use 2 to 30 letters, digits, '-' or '_'.";

    public static string? NormaliseEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}
