using Hangfire;
using HelpDesk.Notifications.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpDesk.Notifications;

/// <summary>The email outbox and its sender; later webhooks and in-app notices.</summary>
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
        if (runJobs)
        {
            services.AddHostedService<OutboxLoop>();
        }

        return services;
    }

    /// <summary>Registers the module's recurring jobs (idempotent: same id, same schedule).</summary>
    public static void ScheduleNotificationJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OutboxJob>(OutboxJob.RecurringJobId, job => job.SendDueEmails(CancellationToken.None), Cron.Minutely());
}
