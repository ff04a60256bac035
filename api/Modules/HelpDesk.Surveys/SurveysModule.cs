using Hangfire;
using HelpDesk.Surveys.Campaigns;
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
        services.AddScoped<Responses.ResponseRecorder>();
        services.AddScoped<Invitations.SurveyHistory>();
        // Cold campaigns
        services.AddScoped<CampaignStore>();
        services.AddScoped<CampaignAudience>();
        services.AddScoped<CampaignSampler>();
        services.AddTransient<CampaignRunJob>();
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

        // A3: the survey page (anonymous, by the link's token, rate-limited per IP like the ticket tracking page), phone
        // surveys, and the surveys on the ticket and the customer 360.
        var publicSurveys = routes.MapGroup("/api/public/surveys").WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public);
        GetSurveyInvitation.GetSurveyInvitationEndpoint.Map(publicSurveys);
        SubmitSurveyResponse.SubmitSurveyResponseEndpoint.Map(publicSurveys);
        RecordPhoneSurvey.RecordPhoneSurveyEndpoint.Map(routes);
        ListTicketSurveys.ListTicketSurveysEndpoint.Map(routes);
        GetCustomerSurveys.GetCustomerSurveysEndpoint.Map(routes);
        // Cold campaigns
        var campaigns = routes.MapGroup("/api/surveys/campaigns").WithTags("Surveys");
        ListSurveyCampaigns.ListSurveyCampaignsEndpoint.Map(campaigns);
        CreateSurveyCampaign.CreateSurveyCampaignEndpoint.Map(campaigns);
        CountCampaignCustomers.CountCampaignCustomersEndpoint.Map(campaigns);
        GetSurveyCampaign.GetSurveyCampaignEndpoint.Map(campaigns);
        UpdateSurveyCampaign.UpdateSurveyCampaignEndpoint.Map(campaigns);
        ListSurveyCampaignRuns.ListSurveyCampaignRunsEndpoint.Map(campaigns);
        RunSurveyCampaign.RunSurveyCampaignEndpoint.Map(campaigns);
        // Results (part C).
        GetSurveyResults.GetSurveyResultsEndpoint.Map(surveys);
    }

    public void ScheduleJobs(IRecurringJobManager jobs) =>
        // Cold campaigns: every minute, so a campaign due at 07:00 runs at 07:00; a pass with nothing due is one indexed read.
        jobs.AddOrUpdate<CampaignRunJob>(CampaignRunJob.RecurringJobId, job => job.Run(CancellationToken.None), Cron.Minutely());

    /// <summary>Demo start: the hot template (chosen for hot surveys) and DCV's cold template (idempotent).</summary>
    public Task SeedDemoAsync(IServiceProvider services, CancellationToken ct) => Setup.DemoTemplates.SeedAsync(services, ct);
}
