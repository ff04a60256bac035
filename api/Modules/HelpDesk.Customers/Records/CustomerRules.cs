using System.Text.RegularExpressions;
using FluentValidation;

namespace HelpDesk.Customers.Records;

/// <summary>Limits and normalisation of customer data. Text is stored as typed (HTML included): clients must escape it.</summary>
internal static partial class CustomerRules
{
    public const int NameLength = 200;
    public const int EmailLength = 254;
    public const int AddressLength = 300;
    public const int CityLength = 100;
    public const int RegionLength = 100;
    public const int SegmentLength = 100;
    public const int EconomicActivityLength = 200;
    public const int MaxPhones = 5;
    public const int PhoneLength = 20;

    public const string PhoneMessage = "Use 5 to 15 digits, optionally starting with + (spaces, dots, hyphens and parentheses are ignored), at most 20 characters.";

    /// <summary>Trimmed, with runs of white space made one space.</summary>
    public static string CleanName(string name) => WhiteSpace().Replace(name.Trim(), " ");

    /// <summary>Trimmed; empty is null.</summary>
    public static string? CleanText(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string? NormalizeEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();

    public static bool IsValidEmail(string? email) =>
        email is null || (email.Trim().Length <= EmailLength && Email().IsMatch(email.Trim()));

    /// <summary>Digits with an optional leading +, or null when the text is not a phone number.</summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Length > PhoneLength)
        {
            return null;
        }

        var clean = PhoneSeparators().Replace(phone.Trim(), "");
        return Phone().IsMatch(clean) ? clean : null;
    }

    /// <summary>The normalised, distinct phones, in the order given.</summary>
    public static string[] NormalizePhones(IEnumerable<string>? phones) =>
        [.. (phones ?? []).Select(NormalizePhone).OfType<string>().Distinct(StringComparer.Ordinal)];

    public static IRuleBuilderOptions<T, string> ValidFullName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Must(n => n is null || CleanName(n).Length <= NameLength)
            .WithMessage($"The name can have at most {NameLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(e => string.IsNullOrWhiteSpace(e) || IsValidEmail(e))
            .WithMessage($"Use an email address like name@example.com, at most {EmailLength} characters.");

    public static IRuleBuilderOptions<T, string?> ValidPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => NormalizePhone(p) is not null).WithMessage(PhoneMessage);

    public static IRuleBuilderOptions<T, string?> ValidText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(t => t is null || t.Trim().Length <= maxLength).WithMessage($"At most {maxLength} characters.");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[\s.()\-]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^\+?[0-9]{5,15}$")]
    private static partial Regex Phone();

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's business.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Email();
}
