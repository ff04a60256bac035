using HelpDesk.Api;
using HelpDesk.Api.Auth;
using HelpDesk.Api.Platform;
using HelpDesk.Api.Platform.Input;
using HelpDesk.Customers;
using HelpDesk.Directory;
using HelpDesk.Escalation;
using HelpDesk.Notifications;
using HelpDesk.Tickets;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Messaging;
using HelpDesk.Shared.Organisation;
using HelpDesk.Sla;
using HelpDesk.Surveys;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;

var builder = WebApplication.CreateBuilder(args);
var options = builder.Configuration.GetSection("HelpDesk").Get<HelpDeskOptions>() ?? new HelpDeskOptions();
builder.Services.AddSingleton(options);
var connectionString = builder.Configuration.GetConnectionString("HelpDesk") ?? "";

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(services => OrganisationSettings.From(services.GetRequiredService<IConfiguration>()));
// Malformed bodies reach the exception handler as BadHttpRequestException, so they get the same problem shape.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddJsonInputRules();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTypes.UseHelpDeskTypes);
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.AddHelpDeskOpenApi();
builder.Services.AddHelpDeskAuth();
builder.Services.AddHelpDeskRateLimiting(options.RateLimits);
// One access-log line per request, without the query string (public tracking links carry their token there).
builder.Services.AddHttpLogging(o =>
{
    o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    o.CombineLogs = true;
});
builder.AddHelpDeskTelemetry(options.Telemetry);
builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);

DapperConfiguration.Configure();
builder.Services.AddSingleton(_ => new Npgsql.NpgsqlDataSourceBuilder(ConnectionSettings.ForApp(connectionString)).Build());
builder.Services.AddScoped<Db>();
builder.Services.AddScoped<IDb>(sp => sp.GetRequiredService<Db>());
builder.Services.AddMediator(o =>
{
    o.ServiceLifetime = ServiceLifetime.Scoped;
    o.Assemblies = [typeof(DirectoryModule), typeof(CustomersModule), typeof(TicketsModule), typeof(EscalationModule), typeof(SlaModule), typeof(SurveysModule), typeof(NotificationsModule)];
    // Few and explicit: validate first, then run the command in one transaction.
    o.PipelineBehaviors = [typeof(ValidationBehavior<,>), typeof(TransactionBehavior<,>)];
});
builder.Services.AddHelpDeskJobs(connectionString, options.RunJobs);

builder.Services.AddModules(builder.Configuration, options.RunJobs);

var app = builder.Build();
// A time zone or language that names nothing stops the start rather than the first request that needs it.
app.Services.GetRequiredService<OrganisationSettings>();

// The build runs this program to write the OpenAPI document; that run must not touch a database.
var writingOpenApiDocument = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
if (!writingOpenApiDocument)
{
    await app.PrepareDatabaseAsync(options, connectionString);
    if (options.RunJobs)
    {
        app.ScheduleRecurringJobs();
    }
}

app.UseHelpDeskForwardedHeaders(options.TrustedProxies);
app.UseHttpLogging();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseUrlInputRules();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgeryForSessions();

app.MapOpenApi();
app.UseSwaggerUI(o =>
{
    o.RoutePrefix = "swagger";
    o.SwaggerEndpoint("/openapi/v1.json", "HelpDesk API v1");
});
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = ReadinessReport.WriteAsync });
app.MapHelpDeskJobsDashboard();
app.MapHelpDeskMetrics();

app.MapModules();

app.MapSpa(options.SpaPath);

await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
