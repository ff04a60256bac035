namespace HelpDesk.Customers.Contracts;

/// <summary>A ticket as the customer 360 lists it.</summary>
public sealed record CustomerTicket(string Number, string Type, string Channel, string Status, string Subject, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

public sealed record CustomerTicketsPage(IReadOnlyList<CustomerTicket> Items, string? NextCursor);

/// <summary>
/// The customer's tickets, newest first, keyset-paginated. Asked by Customers (the 360), answered by the Tickets module,
/// which owns tickets and already depends on Customers.
/// </summary>
public sealed record GetCustomerTickets(Guid CustomerId, int Limit, string? Cursor) : IQuery<CustomerTicketsPage>;
