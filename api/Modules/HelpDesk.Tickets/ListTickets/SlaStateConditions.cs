using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Tickets.ListTickets;

/// <summary>
/// <see cref="TicketSla.StateAt"/> as SQL conditions on the stored columns of a tickets row aliased t, at @Now, so the
/// partial indexes of 0205_tickets_sla_warn.sql serve the list filters.
/// </summary>
internal static class SlaStateConditions
{
    public static string For(TicketSlaState state) => state switch
    {
        TicketSlaState.Running => "(t.sla_state = 'running' AND t.sla_warn_at > @Now AND t.sla_due_at > @Now)",
        TicketSlaState.AtRisk => "(t.sla_state = 'running' AND t.sla_warn_at <= @Now AND t.sla_due_at > @Now)",
        TicketSlaState.Breached => "(t.sla_state = 'breached' OR (t.sla_state = 'running' AND t.sla_due_at <= @Now))",
        TicketSlaState.Paused => "t.sla_state = 'paused'",
        _ => "t.sla_state = 'met'",
    };

    /// <summary>
    /// The at-risk queue: tickets at risk or breached at @Now (<see cref="For"/> of both, simplified: the warning instant
    /// is never after the due one). Those no longer counting have no due instant.
    /// </summary>
    public const string AtRiskOrBreached = "((t.sla_state = 'running' AND t.sla_warn_at <= @Now) OR t.sla_state = 'breached')";
}
