using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Shared.Web;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers a module's validators, including internal nested ones.</summary>
    public static IServiceCollection AddModuleValidators(this IServiceCollection services, Assembly assembly) =>
        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
}
