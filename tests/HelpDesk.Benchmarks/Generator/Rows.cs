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

    /// <summary>The description: these sentences joined by spaces (unused slots at the end are null).</summary>
    public string?[] DescriptionParts = [];
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
    public DateTimeOffset? SlaDueAt;
    public DateTimeOffset? SlaWarnAt;
    public string? SlaState;
}

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

internal readonly record struct VerificationRow(
    Guid Id, Guid CustomerId, string[] Checks, string Outcome, string Channel, Guid VerifiedBy, string VerifiedByEmail, DateTimeOffset VerifiedAt);

/// <summary>
/// Everything one chunk of consecutive tickets produced, already in binary COPY format, one buffer per table (written in
/// chunk order by one COPY per table). Chunks are reused: their buffers are not garbage for the collector to move.
/// </summary>
internal sealed class Chunk
{
    public const string TicketsCopy = """
        COPY tickets.tickets (id, number, type, channel, status, priority, subject, description, customer_id, customer_document,
            customer_name, customer_email, topic_id, area_id, assignee_id, partner_id, created_by, resolution_type, resolved_at_first_contact,
            tracking_token, created_at, updated_at, first_response_at, answered_at, closed_at, version, search, sla_due_at, sla_warn_at, sla_state) FROM STDIN (FORMAT BINARY)
        """;

    public const string EventsCopy = "COPY tickets.events (seq, ticket_id, occurred_at, type, actor_user_id, actor_name, data) FROM STDIN (FORMAT BINARY)";
    public const string MessagesCopy = "COPY tickets.messages (id, ticket_id, kind, body, author_user_id, author_name, created_at) FROM STDIN (FORMAT BINARY)";

    public const string LegsCopy = """
        COPY escalation.legs (id, ticket_id, ticket_number, round, previous_leg_id, area_id, to_manager, responder_id, status, reason, ola_minutes,
            due_at, next_area_id, next_to_manager, answer, answered_at, answered_by, review_reason, reviewed_at, reviewed_by, created_by, created_at, updated_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public const string ClocksCopy = """
        COPY sla.clocks (id, ticket_id, ticket_number, leg_id, kind, policy_version_id, target_kind, target_amount, calendar_id, target_seconds,
            warning_percent, topic_id, area_id, channel, agent_id, state, started_at, due_at, warn_at, elapsed_seconds, running_since,
            paused_at, warned_at, breached_at, stopped_at) FROM STDIN (FORMAT BINARY)
        """;

    public const string TicketAreasCopy = "COPY tickets.ticket_areas (ticket_id, area_id) FROM STDIN (FORMAT BINARY)";
    public const string VerificationsCopy = "COPY customers.verifications (id, customer_id, checks, outcome, channel, verified_by, verified_by_email, verified_at) FROM STDIN (FORMAT BINARY)";

    /// <summary>Fixed: the data set depends on the seed and the chunk size, never on the machine.</summary>
    public const int ChunkSize = 4096;

    private readonly List<int> eventSeqAt = new(ChunkSize * 12);

    public int Index { get; private set; }
    public ulong Digest { get; set; }
    public CopyBuffer Tickets { get; } = new(CopyWriter.ColumnCount(TicketsCopy), 2 << 20);
    public CopyBuffer Events { get; } = new(CopyWriter.ColumnCount(EventsCopy), 8 << 20);
    public CopyBuffer Messages { get; } = new(CopyWriter.ColumnCount(MessagesCopy), 1 << 20);
    public CopyBuffer Legs { get; } = new(CopyWriter.ColumnCount(LegsCopy), 1 << 20);
    public CopyBuffer TicketAreas { get; } = new(CopyWriter.ColumnCount(TicketAreasCopy), 128 << 10);
    public CopyBuffer Verifications { get; } = new(CopyWriter.ColumnCount(VerificationsCopy), 512 << 10);
    public CopyBuffer Clocks { get; } = new(CopyWriter.ColumnCount(ClocksCopy), 2 << 20);
    public int EventCount => eventSeqAt.Count;
    public int MessageCount { get; private set; }
    public int LegCount { get; private set; }
    public int VerificationCount { get; private set; }
    public int ClockCount { get; private set; }

    public Chunk Reset(int index)
    {
        Index = index;
        Digest = 0;
        foreach (var b in (CopyBuffer[])[Tickets, Events, Messages, Legs, TicketAreas, Verifications, Clocks])
        {
            b.Clear();
        }

        eventSeqAt.Clear();
        MessageCount = LegCount = VerificationCount = ClockCount = 0;
        return this;
    }

    /// <summary>The events' seq values, numbered from <paramref name="last"/> + 1 in order; returns the last one.</summary>
    public long NumberEvents(long last)
    {
        foreach (var offset in eventSeqAt)
        {
            Events.PatchLong(offset, ++last);
        }

        return last;
    }

    public void Add(TicketRow t, SearchVectors.Builder search)
    {
        var w = Tickets;
        w.StartRow();
        w.Uuid(t.Id);
        w.Text(t.Number);
        w.Text(t.Type);
        w.Text(t.Channel);
        w.Text(t.Status);
        w.Text(t.Priority);
        w.Text(t.Subject);
        w.TextJoined(t.DescriptionParts);
        w.Uuid(t.CustomerId);
        w.Text(t.CustomerDocument);
        w.Text(t.CustomerName);
        w.Text(t.CustomerEmail);
        w.Uuid(t.TopicId);
        w.Uuid(t.AreaId);
        w.Uuid(t.AssigneeId);
        w.Uuid(t.PartnerId);
        w.Uuid(t.CreatedBy);
        w.Text(t.ResolutionType);
        w.Bool(t.ResolvedAtFirstContact);
        w.Text(t.TrackingToken);
        w.Time(t.CreatedAt);
        w.Time(t.UpdatedAt);
        w.Time(t.FirstResponseAt);
        w.Time(t.AnsweredAt);
        w.Time(t.ClosedAt);
        w.Int(t.Version);
        // tsvector in its binary wire format (SearchVectors builds it); COPY hands the bytes to tsvectorrecv.
        search.WriteBinary(w);
        w.Time(t.SlaDueAt);
        w.Time(t.SlaWarnAt);
        w.Text(t.SlaState);
    }

    /// <summary>Starts an event row; its data (json) is the JSON object the caller writes next with <paramref name="json"/>.</summary>
    public Json Event(Json json, Guid ticketId, DateTimeOffset at, ReadOnlySpan<byte> type, Guid? actorUserId, byte[]? actorName)
    {
        var w = Events;
        w.StartRow();
        w.Long(0);
        eventSeqAt.Add(w.Length - 8);
        w.Uuid(ticketId);
        w.Time(at);
        w.Bytes(type);
        w.Uuid(actorUserId);
        w.TextUtf8(actorName);
        return json.Begin(w);
    }

    public void Message(Guid id, Guid ticketId, string kind, string body, Guid? authorUserId, string authorName, DateTimeOffset createdAt)
    {
        MessageCount++;
        var w = Messages;
        w.StartRow();
        w.Uuid(id);
        w.Uuid(ticketId);
        w.Text(kind);
        w.Text(body);
        w.Uuid(authorUserId);
        w.Text(authorName);
        w.Time(createdAt);
    }

    public void Add(LegRow l)
    {
        LegCount++;
        var w = Legs;
        w.StartRow();
        w.Uuid(l.Id);
        w.Uuid(l.TicketId);
        w.Text(l.TicketNumber);
        w.Int(l.Round);
        w.Uuid(l.PreviousLegId);
        w.Uuid(l.AreaId);
        w.Bool(l.ToManager);
        w.Uuid(l.ResponderId);
        w.Text(l.Status);
        w.Text(l.Reason);
        w.Int(l.OlaMinutes);
        w.Time(l.DueAt);
        w.Uuid(l.NextAreaId);
        w.Bool(l.NextToManager);
        w.Text(l.Answer);
        w.Time(l.AnsweredAt);
        w.Uuid(l.AnsweredBy);
        w.Text(l.ReviewReason);
        w.Time(l.ReviewedAt);
        w.Uuid(l.ReviewedBy);
        w.Uuid(l.CreatedBy);
        w.Time(l.CreatedAt);
        w.Time(l.UpdatedAt);
    }

    public void Add(ClockRowOut k)
    {
        ClockCount++;
        var w = Clocks;
        w.StartRow();
        w.Uuid(k.Id);
        w.Uuid(k.TicketId);
        w.Text(k.TicketNumber);
        w.Uuid(k.LegId);
        w.Text(k.Kind);
        w.Uuid(k.PolicyVersionId);
        w.Text(k.TargetKind);
        w.Int(k.TargetAmount);
        w.Uuid(k.CalendarId);
        w.Long(k.TargetSeconds);
        w.Int(k.WarningPercent);
        w.Uuid(k.TopicId);
        w.Uuid(k.AreaId);
        w.Text(k.Channel);
        w.Uuid(k.AgentId);
        w.Text(k.State);
        w.Time(k.StartedAt);
        w.Time(k.DueAt);
        w.Time(k.WarnAt);
        w.Long(k.ElapsedSeconds);
        w.Time(k.RunningSince);
        w.Time(k.PausedAt);
        w.Time(k.WarnedAt);
        w.Time(k.BreachedAt);
        w.Time(k.StoppedAt);
    }

    public void TicketArea(Guid ticketId, Guid areaId)
    {
        var w = TicketAreas;
        w.StartRow();
        w.Uuid(ticketId);
        w.Uuid(areaId);
    }

    public void Add(VerificationRow v)
    {
        VerificationCount++;
        var w = Verifications;
        w.StartRow();
        w.Uuid(v.Id);
        w.Uuid(v.CustomerId);
        w.TextArray(v.Checks);
        w.Text(v.Outcome);
        w.Text(v.Channel);
        w.Uuid(v.VerifiedBy);
        w.Text(v.VerifiedByEmail);
        w.Time(v.VerifiedAt);
    }
}

internal sealed record CustomerInfo(
    Guid Id, string DocumentType, string DocumentNumber, string FullName, int[] NamePieces, string? Email, string Phone, string City,
    string Kind, string Region, string? CompanySize, string Segment, DateTimeOffset CreatedAt);

internal sealed record StaffUser(Guid Id, string Email, string Name, string[] Roles, Guid[] AreaIds)
{
    /// <summary>The name as text bytes: it goes on most timeline events.</summary>
    public byte[] NameUtf8 { get; } = System.Text.Encoding.UTF8.GetBytes(Name);
}

internal sealed record AreaInfo(Guid Id, string Code, string Name);

internal sealed record TopicInfo(Guid Id, string Code, Guid AreaId, Guid? ParentId, string AreaCode);

internal sealed record MatrixInfo(Guid AreaId, int OlaMinutes, Guid? NextAreaId, bool NextToManager);
