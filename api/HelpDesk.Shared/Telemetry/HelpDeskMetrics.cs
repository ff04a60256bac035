using System.Diagnostics.Metrics;

namespace HelpDesk.Shared.Telemetry;

/// <summary>
/// The product's own instruments, all on the meter "HelpDesk" (README, "Operating it: telemetry"). Recorded where the
/// thing happens; exported by whatever the host wires (Prometheus at /metrics, OTLP when configured). Tags carry only
/// small fixed sets of values (channel, type, transition, job name), never customer data or ids.
/// </summary>
public static class HelpDeskMetrics
{
    public const string MeterName = "HelpDesk";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Tickets created (idempotent replays not counted). Tags: channel, type.</summary>
    public static readonly Counter<long> TicketsCreated =
        Meter.CreateCounter<long>("helpdesk.tickets.created", "{ticket}", "Tickets created, by channel and type.");

    /// <summary>Tickets that became answered (again after a reopening too). Tags: channel, type, first_contact (true, false).</summary>
    public static readonly Counter<long> TicketsAnswered =
        Meter.CreateCounter<long>("helpdesk.tickets.answered", "{ticket}", "Tickets answered, by channel, type and whether at first contact.");

    /// <summary>Tickets that became closed (again after a reopening too). Tags: channel, type, first_contact (true, false).</summary>
    public static readonly Counter<long> TicketsClosed =
        Meter.CreateCounter<long>("helpdesk.tickets.closed", "{ticket}", "Tickets closed, by channel, type and whether at first contact.");

    /// <summary>How long one breach-check pass took, its transaction included.</summary>
    public static readonly Histogram<double> BreachCheckDuration = Meter.CreateHistogram(
        "helpdesk.sla.breach_check.duration", "s", "Duration of one SLA breach-check pass.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    /// <summary>SLA clocks that became at risk or breached. Tag: transition (at_risk, breached).</summary>
    public static readonly Counter<long> SlaTransitions =
        Meter.CreateCounter<long>("helpdesk.sla.transitions", "{transition}", "SLA clocks that crossed into at risk or breached.");

    /// <summary>Background job runs that ended in an exception, each attempt. Tag: job.name (Class.Method).</summary>
    public static readonly Counter<long> JobsFailed =
        Meter.CreateCounter<long>("helpdesk.jobs.failed", "{run}", "Background job runs that ended in an exception.");

    /// <summary>Outbox emails the mail server did not take. Tag: outcome (retry, given_up after the last attempt).</summary>
    public static readonly Counter<long> EmailsFailed =
        Meter.CreateCounter<long>("helpdesk.emails.failed", "{email}", "Email send attempts that failed.");
}
