using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HelpDesk.Shared.Web;

namespace HelpDesk.Api.Platform.Input;

/// <summary>
/// Rules every JSON body keeps, checked once as it is read, so a handler never sees them broken and the caller gets a 400
/// "malformed request" problem: enums by name only, no NUL in any string, no null item in any array.
/// </summary>
internal static class JsonInputRules
{
    public static IServiceCollection AddJsonInputRules(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            var resolver = o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver();
            o.SerializerOptions.TypeInfoResolver = resolver.WithAddedModifier(CheckAfterReading);
        });

    /// <summary>Every object read from JSON is checked once it is built: its strings, and the items of its arrays.</summary>
    private static void CheckAfterReading(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var checks = type.Properties.Where(p => p.Get is not null && (p.PropertyType == typeof(string) || IsListOfReferences(p.PropertyType)))
            .ToArray();
        if (checks.Length == 0)
        {
            return;
        }

        var previous = type.OnDeserialized;
        type.OnDeserialized = value =>
        {
            foreach (var property in checks)
            {
                Check(property.Name, property.Get!(value));
            }

            previous?.Invoke(value);
        };
    }

    private static void Check(string name, object? value)
    {
        switch (value)
        {
            case string text when TextInput.HasNul(text):
                throw new RejectedJsonValueException(name, TextInput.NulMessage);
            case IEnumerable items and not string:
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        throw new RejectedJsonValueException(name, "Arrays may not contain null items.");
                    }

                    if (item is string text && TextInput.HasNul(text))
                    {
                        throw new RejectedJsonValueException(name, TextInput.NulMessage);
                    }
                }

                break;
        }
    }

    /// <summary>A value a caller sent that no operation accepts; its message is safe to show.</summary>
    internal sealed class RejectedJsonValueException(string property, string rule) : JsonException($"'{property}': {rule}");

    private static bool IsListOfReferences(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && !typeof(IDictionary).IsAssignableFrom(type)
        && ElementType(type) is { IsValueType: false };

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
