using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace HelpDesk.ArchitectureTests;

/// <summary>
/// The boundary the compiler cannot see: the SQL a module runs names only its own schema. Every string literal in a
/// module's assembly (where its SQL lives) and every migration script of its number range is read for
/// <c>schema.table</c> names of other modules' schemas. A module needs another's data through that module's contracts.
/// </summary>
public sealed partial class SchemaBoundaryTests
{
    /// <summary>Module, its schema, and the number range of its migration scripts (0000-0099 is Directory, 0100 Customers…).</summary>
    private static readonly (string Module, string Schema, int FirstScript)[] Owners =
    [
        ("HelpDesk.Directory", "directory", 0),
        ("HelpDesk.Customers", "customers", 100),
        ("HelpDesk.Tickets", "tickets", 200),
        ("HelpDesk.Notifications", "notifications", 300),
        ("HelpDesk.Escalation", "escalation", 400),
        ("HelpDesk.Sla", "sla", 500),
        ("HelpDesk.Surveys", "surveys", 600),
    ];

    /// <summary>Known, explained exceptions: script or module, the name it may use, and why.</summary>
    private static readonly (string Where, string Name, string Why)[] Allowed =
    [
        ("0502_sla_ticket_views_warn.sql", "tickets.tickets",
            "one-time backfill of the SLA copy on tickets (and its check constraint) when Sla's warning instants were added; it runs once, before the app starts"),
    ];

    [GeneratedRegex(@"\b(directory|customers|tickets|notifications|escalation|sla|surveys)\.([a-z_][a-z0-9_]*)\b")]
    private static partial Regex QualifiedName();

    private static IEnumerable<TestCaseData> ModuleCases() => Owners.Select(o => new TestCaseData(o.Module, o.Schema).SetName($"Module_SqlNamesOnlyItsOwnSchema({o.Module})"));

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_SqlNamesOnlyItsOwnSchema(string module, string schema)
    {
        var literals = StringLiterals(Assembly.Load(module));
        Assert.That(literals, Is.Not.Empty);
        Assert.That(Offenders(module, schema, literals), Is.Empty, $"{module}'s SQL names other modules' tables");
    }

    [Test]
    public void Migrations_NameOnlyTheirModulesSchema()
    {
        var offenders = new List<string>();
        foreach (var script in System.IO.Directory.GetFiles(Path.Combine(Repository.Root, "db-migrations", "scripts"), "*.sql"))
        {
            var number = int.Parse(Path.GetFileName(script)[..4], System.Globalization.CultureInfo.InvariantCulture);
            var owner = Owners.Where(o => o.FirstScript <= number).MaxBy(o => o.FirstScript);
            if (number == 1)
            {
                continue; // 0001 creates every schema
            }

            offenders.AddRange(Offenders(Path.GetFileName(script), owner.Schema, [File.ReadAllText(script)]));
        }

        Assert.That(offenders, Is.Empty, "migrations that touch another module's schema");
    }

    [Test]
    public void TheCheck_FindsAPlantedViolation()
    {
        Assert.That(Offenders("HelpDesk.Sla", "sla", ["UPDATE tickets.tickets SET x = 1", "SELECT * FROM sla.clocks"]), Is.EqualTo(new[] { "HelpDesk.Sla: tickets.tickets" }));
    }

    private static List<string> Offenders(string where, string ownSchema, IEnumerable<string> texts) =>
    [
        .. texts.SelectMany(t => QualifiedName().Matches(t))
            .Where(m => m.Groups[1].Value != ownSchema)
            .Select(m => m.Value)
            .Distinct()
            .Where(name => !Allowed.Any(a => a.Where == where && a.Name == name))
            .Select(name => $"{where}: {name}"),
    ];

    /// <summary>The assembly's string literals (its #US heap: what ldstr loads), where the module's SQL lives.</summary>
    private static List<string> StringLiterals(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var literals = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            literals.Add(metadata.GetUserString(handle));
        }

        return literals;
    }
}
