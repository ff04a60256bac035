using HelpDesk.Surveys.Settings;
using HelpDesk.Surveys.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Surveys;

/// <summary>Satisfaction surveys: versioned templates, hot surveys after a ticket, cold campaigns, results and recovery of unhappy customers.</summary>
public sealed class SurveysModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<SurveySettingsStore>();
        services.AddScoped<TemplateStore>();
        services.AddModuleValidators(typeof(SurveysModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var surveys = routes.MapGroup("/api/surveys").WithTags("Surveys");
        GetSurveySettings.GetSurveySettingsEndpoint.Map(surveys);
        UpdateSurveySettings.UpdateSurveySettingsEndpoint.Map(surveys);

        var templates = surveys.MapGroup("/templates");
        ListSurveyTemplates.ListSurveyTemplatesEndpoint.Map(templates);
        CreateSurveyTemplate.CreateSurveyTemplateEndpoint.Map(templates);
        GetSurveyTemplate.GetSurveyTemplateEndpoint.Map(templates);
        PublishSurveyTemplate.PublishSurveyTemplateEndpoint.Map(templates);
    }

    /// <summary>Demo start: the hot template (chosen for hot surveys) and DCV's cold template (idempotent).</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoTemplates.SeedAsync(services, ct);
}
