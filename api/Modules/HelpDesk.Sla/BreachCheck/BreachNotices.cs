using System.Text;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;

namespace HelpDesk.Sla.BreachCheck;

/// <summary>
/// The in-app notice one person gets from a pass of the breach check: the clock itself when only one of theirs crossed,
/// else one digest with the counts and a line per case (nearest due first, up to <see cref="MaxLines"/>), pointing to
/// the at-risk queue (or, when all are escalation legs, to the escalations).
/// </summary>
internal static class BreachNotices
{
    /// <summary>A clock that crossed its warning threshold or its target in this pass.</summary>
    internal sealed record Crossing(string TicketNumber, Guid? LegId, string Kind, DateTimeOffset DueAt, bool IsBreach);

    /// <summary>Lines listed in a digest: keeps its body well under the notices' 4,000 characters.</summary>
    public const int MaxLines = 40;

    public const string AtRiskQueueLink = "/app/tickets?queue=at_risk&sort=due";

    public static NoticeToSend For(Guid userId, IReadOnlyList<Crossing> crossings, OrganisationSettings organisation)
    {
        if (crossings.Count == 1)
        {
            var c = crossings[0];
            return new NoticeToSend(
                userId, $"[{c.TicketNumber}] {State(c)}: {ClockName(c.Kind)}",
                c.IsBreach ? $"El plazo venció el {organisation.Stamp(c.DueAt)}." : $"El plazo vence el {organisation.Stamp(c.DueAt)}.",
                c.LegId is { } leg ? $"/app/escalations/{leg}" : $"/app/tickets/{c.TicketNumber}");
        }

        var atRisk = crossings.Count(c => !c.IsBreach);
        var breached = crossings.Count - atRisk;
        var counts = (atRisk, breached) switch
        {
            (0, _) => $"{breached} vencidos",
            (_, 0) => $"{atRisk} en riesgo",
            _ => $"{atRisk} en riesgo y {breached} vencidos",
        };
        var body = new StringBuilder($"En esta revisión: {counts}.");
        var ordered = crossings.OrderBy(c => c.DueAt).ThenBy(c => c.TicketNumber, StringComparer.Ordinal).ToList();
        foreach (var c in ordered.Take(MaxLines))
        {
            body.Append('\n').Append($"- {c.TicketNumber} {State(c).ToLowerInvariant()}: {ClockName(c.Kind)}, {(c.IsBreach ? "venció" : "vence")} {organisation.Stamp(c.DueAt)}");
        }

        if (ordered.Count > MaxLines)
        {
            body.Append('\n').Append($"… y {ordered.Count - MaxLines} más en la cola En riesgo.");
        }

        var link = crossings.All(c => c.LegId is not null) ? "/app/escalations" : AtRiskQueueLink;
        return new NoticeToSend(userId, $"Plazos: {counts}", body.ToString(), link);
    }

    private static string State(Crossing c) => c.IsBreach ? "Vencido" : "En riesgo";

    private static string ClockName(string kind) => kind switch
    {
        "first_response" => "primera respuesta",
        "resolution" => "respuesta final",
        _ => "respuesta del área escalada",
    };
}
