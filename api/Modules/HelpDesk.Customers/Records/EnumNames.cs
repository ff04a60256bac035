using System.Reflection;
using System.Text.Json.Serialization;

namespace HelpDesk.Customers.Records;

/// <summary>
/// An enum value's API name (its <see cref="JsonStringEnumMemberNameAttribute"/>, else its C# name), which is also what the
/// database stores, so the CHECK constraints, the JSON and the rows agree.
/// </summary>
internal static class EnumNames<T>
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
}
