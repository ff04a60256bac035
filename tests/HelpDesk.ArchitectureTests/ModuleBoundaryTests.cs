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

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_UsesOtherModulesOnlyThroughTheirContracts(Assembly module)
    {
        var name = ModuleName(module);
        foreach (var other in Modules.Where(m => m != module))
        {
            // Compiler-generated helpers (<PrivateImplementationDetails>, <>z__ReadOnlyArray…) exist in every assembly under the same names.
            var internals = other.GetTypes()
                .Where(t => !t.Name.StartsWith('<') && !(t.FullName ?? "").StartsWith('<'))
                .Where(t => !(t.Namespace ?? "").StartsWith($"{ModuleName(other)}.Contracts", StringComparison.Ordinal))
                .Select(t => t.FullName!)
                .ToArray();
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(internals).GetResult();
            Assert.That(result.IsSuccessful, Is.True,
                $"{name} uses internals of {ModuleName(other)}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [TestCaseSource(nameof(ModuleCases))]
    public void Module_DoesNotDependOnTheHost(Assembly module)
    {
        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOn("HelpDesk.Api").GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
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
