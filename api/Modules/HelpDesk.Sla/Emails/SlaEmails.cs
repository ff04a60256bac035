using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;

namespace HelpDesk.Sla.Emails;

/// <summary>The SLA module's emails, in the organisation's language (Spanish or English): an area's late answers, to its manager.</summary>
internal sealed class SlaEmails(IMediator mediator, OrganisationSettings organisation)
{
    /// <summary>An escalated case the area did not answer in time.</summary>
    internal sealed record LateLeg(Guid TicketId, string TicketNumber, DateTimeOffset DueAt);

    private bool English => organisation.Language == Languages.English;

    /// <summary>One email per area and pass: the case when one leg breached, the list of cases (nearest due first) when several did.</summary>
    public async Task AreaAnswersLateAsync(string managerEmail, string areaName, IReadOnlyList<LateLeg> legs, CancellationToken ct)
    {
        if (legs.Count == 1)
        {
            var leg = legs[0];
            var due = organisation.Stamp(leg.DueAt);
            await mediator.Send(English
                ? new QueueEmail(managerEmail, null, $"[{leg.TicketNumber}] {areaName}: answer overdue", $"""
                    The {areaName} area did not answer escalated case {leg.TicketNumber} in time.

                    The area's answer was due: {due}

                    Review it in the area's inbox in HelpDesk.
                    """, leg.TicketId)
                : new QueueEmail(managerEmail, null, $"[{leg.TicketNumber}] Respuesta del área de {areaName} vencida", $"""
                    El área de {areaName} no respondió a tiempo el caso escalado {leg.TicketNumber}.

                    Fecha límite de respuesta del área: {due}

                    Revíselo en la bandeja del área en HelpDesk.
                    """, leg.TicketId), ct);
            return;
        }

        var lines = string.Join("\n", legs.Select(l => English
            ? $"- {l.TicketNumber}: due {organisation.Stamp(l.DueAt)}"
            : $"- {l.TicketNumber}: fecha límite {organisation.Stamp(l.DueAt)}"));
        await mediator.Send(English
            ? new QueueEmail(managerEmail, null, $"{areaName}: {legs.Count} answers overdue", $"""
                The {areaName} area did not answer {legs.Count} escalated cases in time:

                {lines}

                Review them in the area's inbox in HelpDesk.
                """, null)
            : new QueueEmail(managerEmail, null, $"{legs.Count} respuestas del área de {areaName} vencidas", $"""
                El área de {areaName} no respondió a tiempo {legs.Count} casos escalados:

                {lines}

                Revíselos en la bandeja del área en HelpDesk.
                """, null), ct);
    }
}
