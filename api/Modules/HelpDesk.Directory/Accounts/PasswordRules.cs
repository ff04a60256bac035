using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HelpDesk.Directory.Accounts;

/// <summary>
/// What makes a password acceptable, after NIST SP 800-63B: long enough, not one of the most used passwords (the
/// embedded CommonPasswords.txt, compared case-insensitively), and not made from the user's own name or email.
/// No composition rules (a digit, a symbol...): they make passwords harder to remember, not to guess.
/// </summary>
internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 200;

    /// <summary>Names and email parts shorter than this are not looked for in passwords.</summary>
    private const int MinPersonalPart = 3;

    private static readonly Lazy<FrozenSet<string>> Common = new(LoadCommon);

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    /// <summary>
    /// Whether the password contains the local part of the email, one of its pieces (split at dots, dashes...) or a word
    /// of the name, ignoring case and accents.
    /// </summary>
    public static bool ContainsPersonalInfo(string password, string? email, string? name)
    {
        var folded = Fold(password);
        return PersonalParts(email, name).Any(part => folded.Contains(part, StringComparison.Ordinal));
    }

    private static IEnumerable<string> PersonalParts(string? email, string? name)
    {
        var local = (email ?? "").Trim();
        var at = local.IndexOf('@', StringComparison.Ordinal);
        local = at >= 0 ? local[..at] : "";
        IEnumerable<string> parts = [local, .. Words(local), .. Words(name ?? "")];
        return parts.Select(Fold).Where(p => p.Length >= MinPersonalPart);
    }

    private static string[] Words(string text) => NotLetterOrDigit.Split(text);

    private static readonly Regex NotLetterOrDigit = new(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant);

    /// <summary>Lower case without accents: "Crédito" and "CREDITO" are both "credito".</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static FrozenSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("HelpDesk.Directory.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The embedded list of common passwords is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
