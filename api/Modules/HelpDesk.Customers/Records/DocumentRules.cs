using System.Text.RegularExpressions;
using FluentValidation;
using HelpDesk.Customers.Contracts;

namespace HelpDesk.Customers.Records;

/// <summary>
/// Colombian identity document numbers. CC and TI are 5 to 12 digits; CE and PA up to 15 letters and digits; a NIT is
/// digits with an optional check digit ("900123456-7"). Dots and spaces people type as separators are dropped, letters
/// are upper-cased, and a NIT is kept without its check digit so "900123456" and "900123456-7" are the same customer.
/// </summary>
internal static partial class DocumentRules
{
    public const int MaxInputLength = 20;

    public static string Message(DocumentType? type) => type switch
    {
        DocumentType.CC or DocumentType.TI => "Use 5 to 12 digits.",
        DocumentType.NIT => "Use the NIT digits, optionally with the check digit after a hyphen (900123456-7).",
        _ => "Use 3 to 15 letters and digits.",
    };

    public static bool IsValid(DocumentType? type, string? number) =>
        type is { } t && Enum.IsDefined(t) && !string.IsNullOrWhiteSpace(number) && number.Length <= MaxInputLength
        && t switch
        {
            DocumentType.CC or DocumentType.TI => Digits().IsMatch(Clean(number)),
            DocumentType.NIT => Nit().IsMatch(Clean(number)),
            _ => Alphanumeric().IsMatch(Clean(number)),
        };

    /// <summary>The number's format for its type; checked only when the type is known (an empty number is NotEmpty's to report).</summary>
    public static IRuleBuilderOptions<T, string> ValidDocumentNumber<T>(this IRuleBuilder<T, string> rule, Func<T, DocumentType?> type) =>
        rule.Must((command, number) => string.IsNullOrWhiteSpace(number) || IsValid(type(command), number))
            .WithMessage(command => Message(type(command)))
            .When(command => type(command) is { } t && Enum.IsDefined(t));

    /// <summary>The stored form of a number that <see cref="IsValid"/> accepted.</summary>
    public static string Normalize(DocumentType type, string number)
    {
        var clean = Clean(number);
        return type == DocumentType.NIT && clean.IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0 ? clean[..hyphen] : clean;
    }

    /// <summary>The form a search compares with: separators dropped and upper-cased (also for a NIT with its check digit).</summary>
    public static string NormalizeForSearch(DocumentType? type, string number) =>
        type is { } t && IsValid(t, number) ? Normalize(t, number) : Clean(number);

    private static string Clean(string number) =>
        number.Trim().Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    [GeneratedRegex("^[0-9]{5,12}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[0-9]{5,15}(-[0-9])?$")]
    private static partial Regex Nit();

    [GeneratedRegex("^[A-Z0-9]{3,15}$")]
    private static partial Regex Alphanumeric();
}
