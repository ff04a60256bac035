using System.Text;
using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Records;

namespace HelpDesk.Customers.SearchCustomers;

/// <summary>
/// What a free-text search (q) looks for. Text with an @ is an email (exact, case-insensitive). Otherwise it matches
/// names by words: each word of 3+ characters must appear somewhere in the name, in any order, without regard to accents
/// or case ("perez jose" finds "José Pérez"); shorter words ride with the next word in the order typed ("de la torre"),
/// because the trigram index cannot look up fewer than 3 characters. Text that reads as a phone number also matches phones
/// (normalised, exact), and text with digits also matches document numbers (exact).
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<string> NamePatterns, string? Email, string? Phone, string? DocumentNumber)
{
    /// <summary>The SQL has one slot per pattern; words beyond the last slot join it.</summary>
    public const int MaxNamePatterns = 4;

    public const int MinLength = 3;

    private static readonly char[] Punctuation = ",;:.\"'()".ToCharArray();

    public string? NamePattern(int index) => index < NamePatterns.Count ? NamePatterns[index] : null;

    public static SearchTerms Parse(string q)
    {
        var text = q.Trim();
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return new SearchTerms([], CustomerRules.NormalizeEmail(text), null, null);
        }

        // A NIT typed with its check digit is stored without it.
        var document = DocumentRules.NormalizeForSearch(DocumentType.NIT, text);
        return new SearchTerms(
            text.Any(char.IsLetter) ? NamePatternsOf(text) : [],
            null,
            CustomerRules.NormalizePhone(text),
            document.Any(char.IsDigit) && document.Length <= 15 && document.All(char.IsAsciiLetterOrDigit) ? document : null);
    }

    /// <summary>LIKE patterns (escaped, '%' around and between words); the SQL lowers them and removes accents.</summary>
    private static List<string> NamePatternsOf(string text)
    {
        var groups = new List<List<string>>();
        var pending = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Length > 0))
        {
            pending.Add(word);
            if (word.Length >= MinLength)
            {
                groups.Add(pending);
                pending = [];
            }
        }

        if (pending.Count > 0)
        {
            if (groups.Count > 0)
            {
                groups[^1].AddRange(pending);
            }
            else
            {
                groups.Add(pending);
            }
        }

        while (groups.Count > MaxNamePatterns)
        {
            groups[^2].AddRange(groups[^1]);
            groups.RemoveAt(groups.Count - 1);
        }

        return [.. groups.Select(words => "%" + string.Join("%", words.Select(EscapeLike)) + "%")];
    }

    private static string EscapeLike(string word)
    {
        var escaped = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
