using Hangfire;
using HelpDesk.Notifications.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Notifications;

/// <summary>The email outbox and its sender, and in-app notices; later webhooks.</summary>
public sealed class NotificationsModule : IHelpDeskModule
{
    public void AddServices(IServiceCollection services, ModuleSettings settings)
    {
        var options = settings.Configuration.GetSection("HelpDesk:Email").Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(options);
        services.AddSingleton<OutboxKick>();
        services.AddSingleton<IOutboxKick>(sp => sp.GetRequiredService<OutboxKick>());
        services.AddSingleton<IEmailSender>(string.IsNullOrEmpty(options.SmtpHost) ? new DropFolderEmailSender(options) : new SmtpEmailSender(options));
        services.AddScoped<OutboxDispatcher>();
        services.AddTransient<OutboxJob>();
        services.AddHostedService<OutboxMetrics>();
        if (settings.RunJobs)
        {
            services.AddHostedService<OutboxLoop>();
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder routes)
    {
        var notices = routes.MapGroup("/api/notices").WithTags("Notifications").RequireAuthorization(Policies.Staff);
        ListMyNotices.ListMyNoticesEndpoint.Map(notices);
        MarkNoticeRead.MarkNoticeReadEndpoint.Map(notices);
    }

    /// <summary>Registers the module's recurring jobs (idempotent: same id, same schedule).</summary>
    public void ScheduleJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OutboxJob>(OutboxJob.RecurringJobId, job => job.SendDueEmails(CancellationToken.None), Cron.Minutely());
}
