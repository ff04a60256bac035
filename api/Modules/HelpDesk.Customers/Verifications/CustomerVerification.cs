namespace HelpDesk.Customers.Verifications;

/// <summary>An identity verification as recorded.</summary>
internal sealed record CustomerVerification(
    Guid Id,
    Guid CustomerId,
    VerificationOutcome Outcome,
    IReadOnlyList<VerificationCheck> Checks,
    VerificationChannel Channel,
    Guid? TicketId,
    string? Notes,
    Guid VerifiedBy,
    string? VerifiedByEmail,
    DateTimeOffset VerifiedAt);

/// <summary>A customers.verifications row.</summary>
internal sealed class VerificationRow
{
    public const string Columns = "id, seq, customer_id, outcome, checks, channel, ticket_id, notes, verified_by, verified_by_email, verified_at";

    public Guid Id { get; init; }
    public long Seq { get; init; }
    public Guid CustomerId { get; init; }
    public string Outcome { get; init; } = "";
    public string[] Checks { get; init; } = [];
    public string Channel { get; init; } = "";
    public Guid? TicketId { get; init; }
    public string? Notes { get; init; }
    public Guid VerifiedBy { get; init; }
    public string? VerifiedByEmail { get; init; }
    public DateTimeOffset VerifiedAt { get; init; }

    public CustomerVerification ToDto() => new(
        Id,
        CustomerId,
        EnumNames<VerificationOutcome>.Parse(Outcome),
        Checks.Select(EnumNames<VerificationCheck>.Parse).ToArray(),
        EnumNames<VerificationChannel>.Parse(Channel),
        TicketId,
        Notes,
        VerifiedBy,
        VerifiedByEmail,
        VerifiedAt);
}
