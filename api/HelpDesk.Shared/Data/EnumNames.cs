using System.Reflection;
using System.Text.Json.Serialization;

namespace HelpDesk.Shared.Data;

/// <summary>
/// An enum value's API name (its <see cref="JsonStringEnumMemberNameAttribute"/>, else its C# name), which is also what the
/// database stores, so the CHECK constraints, the JSON and the rows agree.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "EnumNames<TicketType>.Parse(name) is the readable form; the enum is the type argument.")]
public static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Names = Enum.GetValues<T>().ToDictionary(
        v => v,
        v => typeof(T).GetField(v.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? v.ToString());

    private static readonly Dictionary<string, T> Values = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Name(T value) => Names[value];

    public static string? Name(T? value) => value is { } v ? Names[v] : null;

    public static T Parse(string name) => Values[name];

    public static T? ParseOrNull(string? name) => name is null ? null : Values[name];

    public static bool TryParse(string? name, out T value) => Values.TryGetValue(name ?? "", out value);

    /// <summary>A request value (query string) by its API name; an unknown one is a 422 naming the field.</summary>
    public static T ParseField(string name, string field) =>
        Values.TryGetValue(name, out var value) ? value : throw new Errors.RuleViolationException(field, $"Unknown {field} '{name}'.");
}

public static class EnumNameExtensions
{
    /// <summary>The value's API and database name.</summary>
    public static string ToDb<T>(this T value)
        where T : struct, Enum => EnumNames<T>.Name(value);
}
