using HelpDesk.Customers.Contracts;
using HelpDesk.Customers.Verifications;

namespace HelpDesk.Customers.Records;

/// <summary>
/// The customer 360: contact data, kind, segment attributes and the latest identity verification; on GET /api/customers/{id}
/// also the first page of their tickets, newest first (more with GET /api/customers/{id}/tickets?cursor=).
/// </summary>
internal sealed record CustomerDto(
    Guid Id,
    DocumentType DocumentType,
    string DocumentNumber,
    string FullName,
    string? Email,
    IReadOnlyList<string> Phones,
    string? Address,
    string? City,
    CustomerKind? Kind,
    string? Region,
    CompanySize? CompanySize,
    string? EconomicActivity,
    string? Segment,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    CustomerLastVerification? LastVerification,
    DateTimeOffset? ContactChangeAllowedUntil,
    CustomerTicketsPage? Tickets = null);

/// <summary>Who verified the requester's identity, when, how, and whether it passed.</summary>
internal sealed record CustomerLastVerification(
    Guid Id,
    VerificationOutcome Outcome,
    IReadOnlyList<VerificationCheck> Checks,
    VerificationChannel Channel,
    Guid VerifiedBy,
    string? VerifiedByEmail,
    DateTimeOffset VerifiedAt,
    Guid? TicketId);

/// <summary>A customers row (with its latest verification) as the queries in <see cref="CustomerSql"/> read it.</summary>
internal sealed class CustomerRow
{
    public Guid Id { get; init; }
    public string DocumentType { get; init; } = "";
    public string DocumentNumber { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Email { get; init; }
    public string[] Phones { get; init; } = [];
    public string? Address { get; init; }
    public string? City { get; init; }
    public string? Kind { get; init; }
    public string? Region { get; init; }
    public string? CompanySize { get; init; }
    public string? EconomicActivity { get; init; }
    public string? Segment { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public Guid? VerificationId { get; init; }
    public string? VerificationOutcome { get; init; }
    public string[]? VerificationChecks { get; init; }
    public string? VerificationChannel { get; init; }
    public Guid? VerifiedBy { get; init; }
    public string? VerifiedByEmail { get; init; }
    public DateTimeOffset? VerifiedAt { get; init; }
    public Guid? VerificationTicketId { get; init; }

    public CustomerDto ToDto(DateTimeOffset now)
    {
        CustomerLastVerification? last = VerificationId is { } id
            ? new(
                id,
                EnumNames<VerificationOutcome>.Parse(VerificationOutcome!),
                (VerificationChecks ?? []).Select(EnumNames<VerificationCheck>.Parse).ToArray(),
                EnumNames<VerificationChannel>.Parse(VerificationChannel!),
                VerifiedBy!.Value,
                VerifiedByEmail,
                VerifiedAt!.Value,
                VerificationTicketId)
            : null;
        return new CustomerDto(
            Id,
            Enum.Parse<DocumentType>(DocumentType),
            DocumentNumber,
            FullName,
            Email,
            Phones,
            Address,
            City,
            EnumNames<CustomerKind>.ParseOrNull(Kind),
            Region,
            EnumNames<CompanySize>.ParseOrNull(CompanySize),
            EconomicActivity,
            Segment,
            CreatedAt,
            UpdatedAt,
            last,
            IdentityVerification.ContactChangeAllowedUntil(last?.Outcome, last?.VerifiedAt, now));
    }
}

internal static class CustomerSql
{
    /// <summary>Every column of <see cref="CustomerRow"/>, from customers.customers c.</summary>
    public const string Columns = """
        c.id, c.document_type, c.document_number, c.full_name, c.email, c.phones, c.address, c.city, c.kind, c.region,
        c.company_size, c.economic_activity, c.segment, c.created_at, c.updated_at,
        v.id AS verification_id, v.outcome AS verification_outcome, v.checks AS verification_checks,
        v.channel AS verification_channel, v.verified_by, v.verified_by_email, v.verified_at, v.ticket_id AS verification_ticket_id
        """;

    /// <summary>customers.customers c with its latest verification v (the verifications index serves it).</summary>
    public const string From = """
        customers.customers c
        LEFT JOIN LATERAL (
            SELECT * FROM customers.verifications lv WHERE lv.customer_id = c.id ORDER BY lv.seq DESC LIMIT 1
        ) v ON true
        """;

    public const string ReadSql = $"SELECT {Columns} FROM {From} WHERE c.id = @Id";

    /// <summary>Locks the customer row for a change; the history's old values are then exact.</summary>
    public const string LockSql = $"SELECT {Columns} FROM {From} WHERE c.id = @Id FOR UPDATE OF c";
}
