using System.Text.Json.Nodes;

namespace HelpDesk.Tests.Platform.HostileInput;

/// <summary>What kind of value a field of a request body holds, as the contract says.</summary>
internal enum FieldKind { Text, Enum, Number, Boolean, Array, Object }

/// <summary>A field of a sample body: where it is (a path of property names and array indexes) and its kind.</summary>
internal sealed record BodyField(IReadOnlyList<object> Path, FieldKind Kind)
{
    public override string ToString() => string.Join('.', Path);
}

/// <summary>
/// A plausible body for a schema (known ids where a field names one, so handlers get past "not found"), and the list of its
/// fields, so the sweep can break one field at a time in an otherwise sensible request.
/// </summary>
internal sealed class SampleBody(IReadOnlyDictionary<string, string> knownIds)
{
    private static int counter;

    private readonly List<BodyField> fields = [];

    public IReadOnlyList<BodyField> Fields => fields;

    public JsonNode? Build(JsonNode schema) => Value(schema, [], "", depth: 0);

    private JsonNode? Value(JsonNode? schema, List<object> path, string name, int depth)
    {
        schema = ContractOperations.Resolve(schema);
        if (schema is null || depth > 6)
        {
            return null;
        }

        if (schema["oneOf"] is JsonArray choices)
        {
            return Value(choices.FirstOrDefault(c => c?["type"]?.ToString() != "null"), path, name, depth);
        }

        if (schema["enum"] is JsonArray names)
        {
            fields.Add(new BodyField([.. path], FieldKind.Enum));
            return JsonValue.Create(names[0]!.GetValue<string>());
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).First(t => t != "null"),
            JsonValue single => single.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : "any",
        };
        switch (type)
        {
            case "object":
                fields.Add(new BodyField([.. path], FieldKind.Object));
                var result = new JsonObject();
                foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
                {
                    result[property] = Value(propertySchema, [.. path, property], property, depth + 1);
                }

                return result;
            case "array":
                fields.Add(new BodyField([.. path], FieldKind.Array));
                return new JsonArray(Value(schema["items"], [.. path, 0], name.TrimEnd('s'), depth + 1));
            case "integer" or "number":
                fields.Add(new BodyField([.. path], FieldKind.Number));
                return JsonValue.Create(1);
            case "boolean":
                fields.Add(new BodyField([.. path], FieldKind.Boolean));
                return JsonValue.Create(false);
            case "string":
                fields.Add(new BodyField([.. path], FieldKind.Text));
                return JsonValue.Create(Text(schema["format"]?.GetValue<string>(), name));
            default:
                return null;
        }
    }

    private string Text(string? format, string name) => format switch
    {
        "uuid" => knownIds.GetValueOrDefault(name.EndsWith("Id", StringComparison.Ordinal) ? name : name + "Id") ?? Guid.NewGuid().ToString(),
        "date" => "2026-12-07",
        "date-time" => "2026-12-07T15:00:00Z",
        _ when name.Contains("email", StringComparison.OrdinalIgnoreCase) => "sweep@example.com",
        _ when name is "start" or "end" => name == "start" ? "08:00" : "17:00",
        _ when name == "timeZone" => "America/Bogota",
        _ => $"Texto de prueba {Interlocked.Increment(ref counter)}",
    };
}
