using System.Text.Json.Serialization;

namespace HelpDesk.Customers.Contracts;

/// <summary>Colombian identity documents: cédula de ciudadanía, cédula de extranjería, NIT (companies), tarjeta de identidad, pasaporte.</summary>
[JsonConverter(typeof(EnumByName<DocumentType>))]
public enum DocumentType
{
    CC,
    CE,
    NIT,
    TI,
    PA,
}

/// <summary>What other modules need to know about a customer.</summary>
public sealed record CustomerSummary(Guid Id, DocumentType DocumentType, string DocumentNumber, string FullName, string? Email, string? Segment);

/// <summary>
/// Finds the customer with this document, or creates one with these details. An existing customer's data is NOT changed
/// (changing contact data needs a verified requester). Used by ticket intake from every channel.
/// </summary>
public sealed record FindOrCreateCustomer(DocumentType DocumentType, string DocumentNumber, string FullName, string? Email, string? Phone)
    : ICommand<FoundOrCreatedCustomer>;

/// <summary>The customer, and whether this call created it from the details given (false: it was already on file).</summary>
public sealed record FoundOrCreatedCustomer(CustomerSummary Customer, bool Created);

/// <summary>The customer with this id, or null.</summary>
public sealed record GetCustomerSummary(Guid CustomerId) : IQuery<CustomerSummary?>;

/// <summary>Raised when an agent records an identity verification (passed or failed), possibly on a ticket.</summary>
public sealed record CustomerIdentityVerified(
    Guid VerificationId, Guid CustomerId, Guid? TicketId, bool Passed, IReadOnlyList<string> Checks, Guid VerifiedBy, DateTimeOffset VerifiedAt)
    : INotification;

/// <summary>Raised when a customer's name or email changes, so modules that keep a copy (ticket search) refresh it.</summary>
public sealed record CustomerDetailsChanged(Guid CustomerId, string FullName, string? Email) : INotification;

/// <summary>A recorded identity verification, as a ticket created right after it needs it (to put it on the timeline).</summary>
public sealed record IdentityVerificationSummary(Guid Id, Guid CustomerId, bool Passed, IReadOnlyList<string> Checks, Guid VerifiedBy, DateTimeOffset VerifiedAt);

public sealed record GetIdentityVerification(Guid VerificationId) : IQuery<IdentityVerificationSummary?>;
