using HelpDesk.Notifications.Contracts;
using HelpDesk.Shared.Organisation;
using HelpDesk.Tickets.Tickets;

namespace HelpDesk.Tickets.Emails;

/// <summary>
/// The customer emails of the Tickets module, in the organisation's language (Spanish or English), with the ticket
/// number in the subject. Internal notes never go here. Answers go to the address on the customer record; a requester
/// whose identity is pending gets only the receipt, at the address they typed, saying nothing of the record.
/// </summary>
internal sealed class TicketEmails(IMediator mediator, TicketLinks links, OrganisationSettings organisation)
{
    private bool English => organisation.Language == Languages.English;

    public Task AcknowledgeAsync(TicketRow ticket, CancellationToken ct)
    {
        if (ticket.IdentityPending)
        {
            return AcknowledgePendingAsync(ticket, ct);
        }

        var tracking = links.Tracking(ticket.Number, ticket.TrackingToken);
        return English
            ? QueueAsync(ticket, $"[{ticket.Number}] We have received your request", $"""
                Hello {ticket.CustomerName},

                We received your request "{ticket.Subject}" and gave it the number {ticket.Number}.

                We will answer you at this address ({ticket.CustomerEmail}). You can check its status at any time here:
                {tracking}

                Customer service
                """, ct)
            : QueueAsync(ticket, $"[{ticket.Number}] Hemos recibido su solicitud", $"""
                Hola, {ticket.CustomerName}:

                Recibimos su solicitud "{ticket.Subject}" y le asignamos el número {ticket.Number}.

                Le responderemos a este correo ({ticket.CustomerEmail}). Puede consultar el estado en cualquier momento aquí:
                {tracking}

                Servicio al cliente
                """, ct);
    }

    private async Task AcknowledgePendingAsync(TicketRow ticket, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ticket.RequesterEmail))
        {
            return;
        }

        var tracking = links.Tracking(ticket.Number, ticket.TrackingToken);
        await mediator.Send(English
            ? new QueueEmail(ticket.RequesterEmail, ticket.PublicRequesterName, $"[{ticket.Number}] We have received your request", $"""
                Hello {ticket.PublicRequesterName},

                We received your request "{ticket.Subject}" and gave it the number {ticket.Number}.

                Before we answer we must confirm your identity: an adviser will contact you through the contact details we
                have on record. You can check the status of your request here:
                {tracking}

                Customer service
                """, ticket.Id)
            : new QueueEmail(ticket.RequesterEmail, ticket.PublicRequesterName, $"[{ticket.Number}] Hemos recibido su solicitud", $"""
                Hola, {ticket.PublicRequesterName}:

                Recibimos su solicitud "{ticket.Subject}" y le asignamos el número {ticket.Number}.

                Antes de responderle debemos confirmar su identidad: un asesor se comunicará con usted por los datos de contacto
                que tenemos registrados. Puede consultar el estado de su solicitud aquí:
                {tracking}

                Servicio al cliente
                """, ticket.Id), ct);
    }

    public Task ReplyAsync(TicketRow ticket, string body, CancellationToken ct)
    {
        var tracking = links.Tracking(ticket.Number, ticket.TrackingToken);
        return English
            ? QueueAsync(ticket, $"[{ticket.Number}] Answer to your request", $"""
                Hello {ticket.CustomerName},

                {body}

                Your request number: {ticket.Number}
                Check its status here: {tracking}

                Customer service
                """, ct)
            : QueueAsync(ticket, $"[{ticket.Number}] Respuesta a su solicitud", $"""
                Hola, {ticket.CustomerName}:

                {body}

                Número de su solicitud: {ticket.Number}
                Consulte el estado aquí: {tracking}

                Servicio al cliente
                """, ct);
    }

    private async Task QueueAsync(TicketRow ticket, string subject, string body, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ticket.CustomerEmail))
        {
            await mediator.Send(new QueueEmail(ticket.CustomerEmail, ticket.CustomerName, subject, body, ticket.Id), ct);
        }
    }
}
