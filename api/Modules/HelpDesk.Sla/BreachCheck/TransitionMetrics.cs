using HelpDesk.Shared.Telemetry;
using HelpDesk.Sla.Contracts;

namespace HelpDesk.Sla.BreachCheck;

/// <summary>Counts the clocks a pass moved to at risk and breached, once the pass has committed (a failed pass counts nothing).</summary>
internal sealed class TransitionMetrics(IDb db) : INotificationHandler<SlaClocksCrossed>
{
    public ValueTask Handle(SlaClocksCrossed crossed, CancellationToken ct)
    {
        db.AfterCommit(() =>
        {
            HelpDeskMetrics.SlaTransitions.Add(crossed.AtRisk.Count, new KeyValuePair<string, object?>("transition", "at_risk"));
            HelpDeskMetrics.SlaTransitions.Add(crossed.Breached.Count, new KeyValuePair<string, object?>("transition", "breached"));
        });
        return ValueTask.CompletedTask;
    }
}
