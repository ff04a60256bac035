using System.Text.Json.Nodes;

namespace HelpDesk.Tests.Platform.HostileInput;

/// <summary>What a hostile request must get: a 400 problem (the value can never be right), or simply no server error.</summary>
internal enum Expect { Rejected, NoServerError }

internal sealed record HostileBody(string What, string Json, Expect Expect);

/// <summary>
/// The fixed set of hostile bodies: each field of a sensible sample broken one way at a time (NUL, lone surrogate, wrong
/// type, out-of-range or numeric enum, null, null array item, huge text), and whole bodies that are not the right JSON at all.
/// </summary>
internal static class HostileBodies
{
    private const string LoneSurrogate = "LONE-SURROGATE-PLACEHOLDER";

    public static IEnumerable<HostileBody> For(JsonNode sample, IReadOnlyList<BodyField> fields)
    {
        yield return new("not JSON", "{\"", Expect.Rejected);
        yield return new("empty body", "", Expect.NoServerError);
        yield return new("null body", "null", Expect.NoServerError);
        yield return new("array instead of object", "[]", Expect.Rejected);
        yield return new("string instead of object", "\"x\"", Expect.Rejected);
        yield return new("nested 10,000 deep", new string('[', 10_000) + new string(']', 10_000), Expect.Rejected);

        foreach (var field in fields.Where(f => f.Path.Count > 0))
        {
            foreach (var (what, value, expect) in Breakages(field.Kind))
            {
                var body = sample.DeepClone();
                Replace(body, field.Path, value);
                var json = body.ToJsonString().Replace($"\"{LoneSurrogate}\"", "\"a\\ud800b\"", StringComparison.Ordinal);
                yield return new($"{field}: {what}", json, expect);
            }
        }
    }

    private static IEnumerable<(string What, JsonNode? Value, Expect Expect)> Breakages(FieldKind kind)
    {
        yield return ("null", null, Expect.NoServerError);
        switch (kind)
        {
            case FieldKind.Text:
                yield return ("NUL character", JsonValue.Create("a\0b"), Expect.Rejected);
                yield return ("lone surrogate", JsonValue.Create(LoneSurrogate), Expect.Rejected);
                yield return ("number instead of text", JsonValue.Create(123), Expect.Rejected);
                yield return ("100,000 characters", JsonValue.Create(new string('x', 100_000)), Expect.NoServerError);
                yield return ("empty", JsonValue.Create(""), Expect.NoServerError);
                break;
            case FieldKind.Enum:
                yield return ("enum as 99", JsonValue.Create(99), Expect.Rejected);
                yield return ("enum as -1", JsonValue.Create(-1), Expect.Rejected);
                yield return ("enum as 0", JsonValue.Create(0), Expect.Rejected);
                yield return ("unknown enum name", JsonValue.Create("no_such_value"), Expect.Rejected);
                break;
            case FieldKind.Number:
                yield return ("text instead of number", JsonValue.Create("x"), Expect.Rejected);
                yield return ("1e30", JsonValue.Create(1e30), Expect.NoServerError);
                yield return ("-1", JsonValue.Create(-1), Expect.NoServerError);
                yield return ("int.MaxValue", JsonValue.Create(int.MaxValue), Expect.NoServerError);
                break;
            case FieldKind.Boolean:
                yield return ("text instead of boolean", JsonValue.Create("yes"), Expect.Rejected);
                break;
            case FieldKind.Array:
                yield return ("null item", new JsonArray((JsonNode?)null), Expect.Rejected);
                yield return ("object instead of array", new JsonObject(), Expect.Rejected);
                yield return ("empty array", new JsonArray(), Expect.NoServerError);
                break;
            case FieldKind.Object:
                yield return ("text instead of object", JsonValue.Create("x"), Expect.Rejected);
                yield return ("array instead of object", new JsonArray(), Expect.Rejected);
                break;
        }
    }

    private static void Replace(JsonNode body, IReadOnlyList<object> path, JsonNode? value)
    {
        var parent = body;
        foreach (var step in path.Take(path.Count - 1))
        {
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        }

        if (path[^1] is int last)
        {
            parent.AsArray()[last] = value;
        }
        else
        {
            parent[(string)path[^1]] = value;
        }
    }
}
