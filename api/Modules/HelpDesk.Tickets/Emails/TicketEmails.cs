using HelpDesk.Notifications.Contracts;
using HelpDesk.Tickets.Tickets;
using Mediator;

namespace HelpDesk.Tickets.Emails;

/// <summary>
/// The customer emails of the Tickets module, in Spanish, with the ticket number in the subject. Internal notes never go
/// here. Answers go to the address on the customer record; a requester whose identity is pending gets only the receipt,
/// at the address they typed, saying nothing of the record.
/// </summary>
internal sealed class TicketEmails(IMediator mediator, TicketLinks links)
{
    public Task AcknowledgeAsync(TicketRow ticket, CancellationToken ct) =>
        ticket.IdentityPending ? AcknowledgePendingAsync(ticket, ct) : QueueAsync(ticket, $"[{ticket.Number}] Hemos recibido su solicitud", $"""
            Hola, {ticket.CustomerName}:

            Recibimos su solicitud "{ticket.Subject}" y le asignamos el número {ticket.Number}.

            Le responderemos a este correo ({ticket.CustomerEmail}). Puede consultar el estado en cualquier momento aquí:
            {links.Tracking(ticket.Number, ticket.TrackingToken)}

            Servicio al cliente
            """, ct);

    private async Task AcknowledgePendingAsync(TicketRow ticket, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ticket.RequesterEmail))
        {
            return;
        }

        await mediator.Send(new QueueEmail(ticket.RequesterEmail, ticket.PublicRequesterName, $"[{ticket.Number}] Hemos recibido su solicitud", $"""
            Hola, {ticket.PublicRequesterName}:

            Recibimos su solicitud "{ticket.Subject}" y le asignamos el número {ticket.Number}.

            Antes de responderle debemos confirmar su identidad: un asesor se comunicará con usted por los datos de contacto
            que tenemos registrados. Puede consultar el estado de su solicitud aquí:
            {links.Tracking(ticket.Number, ticket.TrackingToken)}

            Servicio al cliente
            """, ticket.Id), ct);
    }

    public Task ReplyAsync(TicketRow ticket, string body, CancellationToken ct) =>
        QueueAsync(ticket, $"[{ticket.Number}] Respuesta a su solicitud", $"""
            Hola, {ticket.CustomerName}:

            {body}

            Número de su solicitud: {ticket.Number}
            Consulte el estado aquí: {links.Tracking(ticket.Number, ticket.TrackingToken)}

            Servicio al cliente
            """, ct);

    private async Task QueueAsync(TicketRow ticket, string subject, string body, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ticket.CustomerEmail))
        {
            await mediator.Send(new QueueEmail(ticket.CustomerEmail, ticket.CustomerName, subject, body, ticket.Id), ct);
        }
    }
}
