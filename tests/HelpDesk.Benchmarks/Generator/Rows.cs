namespace HelpDesk.Benchmarks.Generator;

// The rows the generator writes, one class per table, with the columns of db-migrations/scripts/*.sql.

internal sealed class TicketRow
{
    public Guid Id;
    public string Number = "";
    public string Type = "";
    public string Channel = "";
    public string Status = "";
    public string Priority = "";
    public string Subject = "";
    public string Description = "";
    public Guid CustomerId;
    public string CustomerDocument = "";
    public string CustomerName = "";
    public string? CustomerEmail;
    public Guid? TopicId;
    public Guid? AreaId;
    public Guid? AssigneeId;
    public Guid? PartnerId;
    public Guid? CreatedBy;
    public string? ResolutionType;
    public bool ResolvedAtFirstContact;
    public string TrackingToken = "";
    public DateTimeOffset CreatedAt;
    public DateTimeOffset UpdatedAt;
    public DateTimeOffset? FirstResponseAt;
    public DateTimeOffset? AnsweredAt;
    public DateTimeOffset? ClosedAt;
    public int Version = 1;
    public byte[] Search = [];
    public DateTimeOffset? SlaDueAt;
    public DateTimeOffset? SlaWarnAt;
    public string? SlaState;
}

internal readonly record struct EventRow(Guid TicketId, DateTimeOffset OccurredAt, string Type, Guid? ActorUserId, string? ActorName, string Data);

internal readonly record struct MessageRow(Guid Id, Guid TicketId, string Kind, string Body, Guid? AuthorUserId, string AuthorName, DateTimeOffset CreatedAt);

internal sealed class LegRow
{
    public Guid Id;
    public Guid TicketId;
    public string TicketNumber = "";
    public int Round;
    public Guid? PreviousLegId;
    public Guid AreaId;
    public bool ToManager;
    public Guid? ResponderId;
    public string Status = "open";
    public string Reason = "";
    public int OlaMinutes;
    public DateTimeOffset DueAt;
    public Guid? NextAreaId;
    public bool NextToManager;
    public string? Answer;
    public DateTimeOffset? AnsweredAt;
    public Guid? AnsweredBy;
    public string? ReviewReason;
    public DateTimeOffset? ReviewedAt;
    public Guid? ReviewedBy;
    public Guid CreatedBy;
    public DateTimeOffset CreatedAt;
    public DateTimeOffset UpdatedAt;
}

internal readonly record struct TicketAreaRow(Guid TicketId, Guid AreaId);

internal readonly record struct VerificationRow(
    Guid Id, Guid CustomerId, string[] Checks, string Outcome, string Channel, Guid VerifiedBy, string VerifiedByEmail, DateTimeOffset VerifiedAt);

/// <summary>Everything one chunk of consecutive tickets produced, written in chunk order.</summary>
internal sealed class Chunk(int index)
{
    public int Index { get; } = index;
    public List<TicketRow> Tickets { get; } = new(ChunkSize);
    public List<EventRow> Events { get; } = new(ChunkSize * 10);
    public List<MessageRow> Messages { get; } = new(ChunkSize * 2);
    public List<LegRow> Legs { get; } = new(ChunkSize / 2);
    public List<TicketAreaRow> TicketAreas { get; } = new(ChunkSize / 2);
    public List<VerificationRow> Verifications { get; } = new(ChunkSize / 2);
    public List<ClockRowOut> Clocks { get; } = new(ChunkSize * 2);
    public ulong Digest { get; set; }

    /// <summary>Fixed: the data set depends on the seed and the chunk size, never on the machine.</summary>
    public const int ChunkSize = 4096;
}

internal sealed record CustomerInfo(
    Guid Id, string DocumentType, string DocumentNumber, string FullName, int[] NamePieces, string? Email, string Phone, string City,
    string Kind, string Region, string? CompanySize, string Segment, DateTimeOffset CreatedAt);

internal sealed record StaffUser(Guid Id, string Email, string Name, string[] Roles, Guid[] AreaIds);

internal sealed record AreaInfo(Guid Id, string Code, string Name);

internal sealed record TopicInfo(Guid Id, string Code, Guid AreaId, Guid? ParentId, string AreaCode);

internal sealed record MatrixInfo(Guid AreaId, int OlaMinutes, Guid? NextAreaId, bool NextToManager);
