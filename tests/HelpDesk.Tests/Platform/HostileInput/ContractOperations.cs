using System.Text.Json.Nodes;

namespace HelpDesk.Tests.Platform.HostileInput;

/// <summary>One operation of the committed OpenAPI document, with what the sweep needs to call it.</summary>
internal sealed record ContractOperation(
    string Method, string PathTemplate, string OperationId, JsonNode? JsonBody, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters)
{
    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}

/// <summary>Reads the committed contract (api/HelpDesk.Api/openapi.json), the same document partners and the SPA read.</summary>
internal static class ContractOperations
{
    private static readonly Lazy<JsonNode> Document = new(() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "api", "HelpDesk.Api", "openapi.json")))!);

    public static IReadOnlyList<ContractOperation> All() =>
    [
        .. Document.Value["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => op.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(op => new ContractOperation(
                op.Key.ToUpperInvariant(),
                path.Key,
                op.Value!["operationId"]!.GetValue<string>(),
                Resolve(op.Value["requestBody"]?["content"]?["application/json"]?["schema"]),
                Parameters(op.Value, "path"),
                Parameters(op.Value, "query")))),
    ];

    /// <summary>A schema with its $ref followed (one level; call again on nested schemas).</summary>
    public static JsonNode? Resolve(JsonNode? schema)
    {
        var reference = schema?["$ref"]?.GetValue<string>();
        return reference is null ? schema : Document.Value["components"]!["schemas"]![reference.Split('/')[^1]];
    }

    private static string[] Parameters(JsonNode operation, string location) =>
        [.. (operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == location).Select(p => p!["name"]!.GetValue<string>())];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpDesk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("HelpDesk.sln not found above the test directory");
    }
}
