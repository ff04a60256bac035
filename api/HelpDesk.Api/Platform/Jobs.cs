using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using HelpDesk.Shared.Security;

namespace HelpDesk.Api.Platform;

internal static class Jobs
{
    public static IServiceCollection AddHelpDeskJobs(this IServiceCollection services, string connectionString, bool runServer)
    {
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { SchemaName = "hangfire" }));
        if (runServer)
        {
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
            JobTelemetry.Register();
        }

        return services;
    }

    /// <summary>Each module's recurring jobs, registered at start-up (AddOrUpdate is idempotent across restarts and nodes).</summary>
    public static void ScheduleRecurringJobs(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        foreach (var module in Modules.All)
        {
            module.ScheduleJobs(jobs);
        }
    }

    public static void MapHelpDeskJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new AdminsOnly()],
            AppPath = "/",
            DashboardTitle = "HelpDesk jobs",
        });

    /// <summary>The dashboard is for signed-in administrators; everyone else gets 401 (anonymous) or 403.</summary>
    private sealed class AdminsOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true && user.HasClaim(SessionClaims.Role, Roles.Admin);
        }
    }
}
