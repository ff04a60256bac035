using System.Reflection;
using NetArchTest.Rules;

namespace HelpDesk.ArchitectureTests;

/// <summary>
/// Modules talk to each other only through their Contracts namespace; everything else in a module is internal.
/// The module list is read from the host's references, so a new module is covered the day it is added.
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules = typeof(Program).Assembly.GetReferencedAssemblies()
        .Where(a => a.Name is { } name && name.StartsWith("HelpDesk.", StringComparison.Ordinal)
                    && name is not ("HelpDesk.Shared" or "HelpDesk.Migrations"))
        .Select(Assembly.Load)
        .ToArray();

    private static Assembly[] ModuleCases() => Modules;

    private static string ModuleName(Assembly module) => module.GetName().Name!;

    [Test]
    public void Host_ReferencesAtLeastTheDirectoryModule()
    {
        Assert.That(Modules.Select(ModuleName), Does.Contain("HelpDesk.Directory"));
    }

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_PublicTypes_AreOnlyContractsAndTheModuleEntryPoint(Assembly module)
    {
        var name = ModuleName(module);
        var offenders = module.GetExportedTypes()
            .Where(t => !(t.Namespace ?? "").StartsWith($"{name}.Contracts", StringComparison.Ordinal))
            .Where(t => !(t.Namespace == name && t.Name.EndsWith("Module", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();
        Assert.That(offenders, Is.Empty, $"{name} exposes types outside Contracts");
    }

    /// <summary>
    /// Modules reach each other only through Contracts because everything else is internal; that holds only while no
    /// module lets another see its internals. The host, the tests and the benchmark may.
    /// </summary>
    [TestCaseSource(nameof(ModuleCases))]
    public void Module_ShowsItsInternalsToNoOtherModule(Assembly module)
    {
        Assert.That(InternalsSeenBy(module).Where(friend => !AllowedFriends.Contains(friend)), Is.Empty,
            $"{ModuleName(module)} grants InternalsVisibleTo to another module");
    }

    [Test]
    public void InternalsCheck_SeesTheFriendsAModuleGrants()
    {
        Assert.That(InternalsSeenBy(typeof(HelpDesk.Sla.SlaModule).Assembly), Is.SupersetOf(new[] { "HelpDesk.Api", "HelpDesk.Tests" }));
    }

    private static readonly string[] AllowedFriends = ["HelpDesk.Api", "HelpDesk.Tests", "HelpDesk.Benchmarks"];

    private static IEnumerable<string> InternalsSeenBy(Assembly module) =>
        module.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName.Split(',')[0].Trim());

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_DoesNotDependOnTheHost(Assembly module)
    {
        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOn("HelpDesk.Api").GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_ShowsTheHostOneFace_AndTheHostLoopsOverIt(Assembly module)
    {
        var faces = module.GetExportedTypes().Where(t => typeof(HelpDesk.Shared.Web.IHelpDeskModule).IsAssignableFrom(t)).ToList();
        Assert.That(faces.Select(t => t.Name), Is.EqualTo(new[] { ModuleName(module)["HelpDesk.".Length..] + "Module" }), "one IHelpDeskModule, named after the module");

        var hostList = (IEnumerable<HelpDesk.Shared.Web.IHelpDeskModule>)typeof(Program).Assembly.GetType("HelpDesk.Api.Platform.Modules")!
            .GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        Assert.That(hostList.Select(m => m.GetType()), Does.Contain(faces[0]), "the host's module list (Platform/Modules.cs) includes it");
    }

    [Test]
    public void Shared_DoesNotDependOnAnyModule()
    {
        var result = Types.InAssembly(typeof(HelpDesk.Shared.Data.IDb).Assembly)
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(ModuleName)])
            .GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
