using System.Text.Json;
using System.Text.RegularExpressions;

namespace HelpDesk.ArchitectureTests;

/// <summary>
/// Findability: the operation X (its OpenAPI operation id, given by <c>.WithName("X")</c>) is mapped in a folder named X,
/// beside its request and response types and its handler. Every C# file of every module (api/Modules) is read for its
/// WithName calls; the committed OpenAPI document shows the scan found every operation.
/// </summary>
public sealed partial class OperationFolderTests
{
    private sealed record SourceFile(string Path, string Text);

    /// <summary>A WithName call and its argument (which may hold one level of parentheses, as nameof(X) does).</summary>
    [GeneratedRegex(@"\.WithName\(\s*(?<argument>(?:[^()]|\([^()]*\))*?)\s*\)")]
    private static partial Regex WithNameCall();

    [GeneratedRegex("""^"(?<id>[^"]+)"$""")]
    private static partial Regex StringLiteral();

    [Test]
    public void Operations_AreMappedInAFolderNamedAfterTheirOperationId()
    {
        var offenders = Offenders(ModuleSources());
        Assert.That(offenders, Is.Empty,
            $"operations mapped outside their folder (WithName(\"X\") belongs in X/):{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    [Test]
    public void TheScan_FindsEveryOperationOfTheContract()
    {
        var mapped = ModuleSources().SelectMany(f => WithNameCall().Matches(f.Text)).Select(OperationId).ToList();
        using var contract = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "api", "HelpDesk.Api", "openapi.json")));
        var documented = contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(operation => operation.Value.ValueKind == JsonValueKind.Object && operation.Value.TryGetProperty("operationId", out _))
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();
        Assert.That(documented, Is.Not.Empty);
        Assert.That(mapped, Is.EquivalentTo(documented), "operation ids in module sources and in api/HelpDesk.Api/openapi.json");
    }

    [Test]
    public void TheCheck_FindsAPlantedViolation()
    {
        SourceFile[] files =
        [
            new("api/Modules/HelpDesk.Directory/CreateArea/CreateAreaEndpoint.cs", """directory.MapPost("/areas", Handle).WithName("CreateArea")"""),
            new("api/Modules/HelpDesk.Sla/GetTicketSla/GetTicketSlaEndpoint.cs", """
                routes.MapGet("/api/tickets/{number}/sla", Handle).WithName("GetTicketSla");
                sla.MapGet("/at-risk", Handle)
                    .WithName( "ListAtRiskClocks" );
                """),
            new("api/Modules/HelpDesk.Sla/PreviewSla/PreviewSlaEndpoint.cs", """routes.MapGet("/api/sla/preview", Handle).WithName(nameof(PreviewSla))"""),
        ];
        Assert.That(Offenders(files), Is.EqualTo(new[]
        {
            "api/Modules/HelpDesk.Sla/GetTicketSla/GetTicketSlaEndpoint.cs maps ListAtRiskClocks: move it to ListAtRiskClocks/",
            "api/Modules/HelpDesk.Sla/PreviewSla/PreviewSlaEndpoint.cs: WithName(nameof(PreviewSla)) does not name the operation in a string literal",
        }));
    }

    private static List<string> Offenders(IEnumerable<SourceFile> files) =>
    [
        .. from file in files
           from call in WithNameCall().Matches(file.Text)
           let id = OperationId(call)
           let folder = file.Path.Split('/')[^2]
           where id != folder
           select id is null
               ? $"{file.Path}: WithName({call.Groups["argument"].Value}) does not name the operation in a string literal"
               : $"{file.Path} maps {id}: move it to {id}/",
    ];

    private static string? OperationId(Match withNameCall) =>
        StringLiteral().Match(withNameCall.Groups["argument"].Value) is { Success: true } literal ? literal.Groups["id"].Value : null;

    /// <summary>The modules' C# sources, with paths relative to the repository and '/' between folders.</summary>
    private static List<SourceFile> ModuleSources()
    {
        var modules = Path.Combine(Repository.Root, "api", "Modules");
        return
        [
            .. System.IO.Directory.EnumerateFiles(modules, "*.cs", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/'))
                .Where(path => !path.Split('/').Any(folder => folder is "bin" or "obj"))
                .Order(StringComparer.Ordinal)
                .Select(path => new SourceFile(path, File.ReadAllText(Path.Combine(Repository.Root, path)))),
        ];
    }
}
