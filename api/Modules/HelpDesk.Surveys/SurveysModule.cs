using HelpDesk.Surveys.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Surveys;

/// <summary>Satisfaction surveys: versioned templates, hot surveys after a ticket, cold campaigns, results and recovery of unhappy customers.</summary>
public sealed class SurveysModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        services.AddScoped<SurveySettingsStore>();
        services.AddModuleValidators(typeof(SurveysModule).Assembly);
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var surveys = routes.MapGroup("/api/surveys").WithTags("Surveys");
        GetSurveySettings.GetSurveySettingsEndpoint.Map(surveys);
        UpdateSurveySettings.UpdateSurveySettingsEndpoint.Map(surveys);

        // Results (part C).
        GetSurveyResults.GetSurveyResultsEndpoint.Map(surveys);
    }
}
