using System.Diagnostics;
using Hangfire;
using Hangfire.Server;
using HelpDesk.Shared.Telemetry;

namespace HelpDesk.Api.Platform;

/// <summary>
/// Each job run is a trace of its own (span "job Class.Method", source "HelpDesk.Jobs"), so the database calls it makes
/// are traced under it; a run that ends in an exception counts in helpdesk.jobs.failed (tag job.name = Class.Method).
/// </summary>
internal sealed class JobTelemetry : IServerFilter
{
    public const string ActivitySourceName = "HelpDesk.Jobs";

    private static readonly ActivitySource Source = new(ActivitySourceName);
    private const string ActivityKey = "helpdesk.activity";

    /// <summary>Adds the filter to Hangfire's global filters, once per process (Hangfire keeps them static).</summary>
    public static void Register()
    {
        lock (GlobalJobFilters.Filters)
        {
            if (!GlobalJobFilters.Filters.Any(f => f.Instance is JobTelemetry))
            {
                GlobalJobFilters.Filters.Add(new JobTelemetry());
            }
        }
    }

    public void OnPerforming(PerformingContext context)
    {
        // Started here, the span is current while the job runs (Hangfire calls the job right after, on this thread).
        var activity = Source.StartActivity($"job {NameOf(context)}", ActivityKind.Internal);
        activity?.SetTag("job.name", NameOf(context));
        context.Items[ActivityKey] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        var failed = context.Exception is not null && !context.ExceptionHandled
            && !(context.Exception is OperationCanceledException && context.CancellationToken.ShutdownToken.IsCancellationRequested);
        if (failed)
        {
            HelpDeskMetrics.JobsFailed.Add(1, new KeyValuePair<string, object?>("job.name", NameOf(context)));
        }

        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error, context.Exception!.GetType().Name);
            }

            activity.Dispose();
        }
    }

    private static string NameOf(PerformContext context) =>
        context.BackgroundJob.Job is { } job ? $"{job.Type.Name}.{job.Method.Name}" : "unknown";
}
