namespace HelpDesk.Shared.Web;

/// <summary>
/// The one rule every piece of text from a caller keeps (JSON strings, query values, path segments, file names):
/// no NUL character. PostgreSQL cannot store it in text, so it would otherwise surface as a 500 deep in a handler.
/// </summary>
public static class TextInput
{
    public const string NulMessage = "Text may not contain the NUL character (\\u0000).";

    public static bool HasNul(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);
}
