using Hangfire;
using HelpDesk.Notifications.Sending;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Notifications;

/// <summary>The email outbox and its sender, and in-app notices; later webhooks.</summary>
public static class NotificationsModule
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, bool runJobs)
    {
        var options = configuration.GetSection("HelpDesk:Email").Get<EmailOptions>() ?? new EmailOptions();
        services.AddSingleton(options);
        services.AddSingleton<OutboxKick>();
        services.AddSingleton<IOutboxKick>(sp => sp.GetRequiredService<OutboxKick>());
        services.AddSingleton<IEmailSender>(string.IsNullOrEmpty(options.SmtpHost) ? new DropFolderEmailSender(options) : new SmtpEmailSender(options));
        services.AddScoped<OutboxDispatcher>();
        services.AddTransient<OutboxJob>();
        services.AddHostedService<OutboxMetrics>();
        if (runJobs)
        {
            services.AddHostedService<OutboxLoop>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder routes)
    {
        Notices.NoticeEndpoints.Map(routes);
        return routes;
    }

    /// <summary>Registers the module's recurring jobs (idempotent: same id, same schedule).</summary>
    public static void ScheduleNotificationJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OutboxJob>(OutboxJob.RecurringJobId, job => job.SendDueEmails(CancellationToken.None), Cron.Minutely());
}
