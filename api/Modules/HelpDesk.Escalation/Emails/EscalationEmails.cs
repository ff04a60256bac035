using HelpDesk.Directory.Contracts;
using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Tickets.Contracts;

namespace HelpDesk.Escalation.Emails;

/// <summary>The Escalation module's emails, in the organisation's language (Spanish or English).</summary>
internal sealed class EscalationEmails(IMediator mediator, OrganisationSettings organisation, LocalTime localTime)
{
    private bool English => organisation.Language == Languages.English;

    /// <summary>The customer hears their request went to an area for review, and by when they will be answered (when a term runs).</summary>
    public async Task CustomerInReviewAsync(TicketSummary ticket, string customerEmail, AreaInfo area, DateTimeOffset? answerDueAt, CancellationToken ct)
    {
        var promise = answerDueAt is not { } due ? ""
            : English ? $"\n\nWe will answer you by {localTime.Format(due)} at the latest."
            : $"\n\nLe daremos respuesta a más tardar el {localTime.Format(due)}.";
        await mediator.Send(English
            ? new QueueEmail(customerEmail, ticket.CustomerName, $"[{ticket.Number}] Your request is under review", $"""
                Hello {ticket.CustomerName},

                Your request {ticket.Number} ("{ticket.Subject}") needs to be reviewed by our {area.Name} area.{promise}

                We will send the answer to this address ({customerEmail}). Keep the number {ticket.Number} for any enquiry.

                Customer service
                """, ticket.Id)
            : new QueueEmail(customerEmail, ticket.CustomerName, $"[{ticket.Number}] Su solicitud está en revisión", $"""
                Hola, {ticket.CustomerName}:

                Su solicitud {ticket.Number} ("{ticket.Subject}") requiere la revisión del área de {area.Name}.{promise}

                Le enviaremos la respuesta a este correo ({customerEmail}). Conserve el número {ticket.Number} para cualquier consulta.

                Servicio al cliente
                """, ticket.Id), ct);
    }

    /// <summary>The subject and body telling an area (its manager, or each member) that a case was escalated to it.</summary>
    public (string Subject, string Body) NewLeg(TicketSummary ticket, AreaInfo area, int round, string reason, DateTimeOffset dueAt)
    {
        var due = localTime.Format(dueAt);
        return English
            ? ($"[{ticket.Number}] New case escalated to {area.Name}", $"""
                Case {ticket.Number} ("{ticket.Subject}") was escalated to the {area.Name} area (round {round}).

                Reason: {reason}
                The area's answer is due: {due}

                Answer it from the area's inbox in HelpDesk.
                """)
            : ($"[{ticket.Number}] Nuevo caso escalado al área de {area.Name}", $"""
                El caso {ticket.Number} ("{ticket.Subject}") fue escalado al área de {area.Name} (ronda {round}).

                Motivo: {reason}
                Fecha límite de respuesta del área: {due}

                Respóndalo desde la bandeja del área en HelpDesk.
                """);
    }

    /// <summary>"Motivo: …" / "Reason: …", the in-app notice's body for a new leg.</summary>
    public string ReasonLine(string reason) => English ? $"Reason: {reason}" : $"Motivo: {reason}";
}
