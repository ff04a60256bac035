namespace HelpDesk.Directory.Audit;

/// <summary>Appends security events to directory.audit_log inside the caller's transaction.</summary>
internal sealed class AuditWriter(IDb db, TimeProvider clock, ICurrentUser currentUser)
{
    private const string InsertSql = """
        INSERT INTO directory.audit_log (id, occurred_at, event_type, actor_user_id, actor_email, subject, source_ip, details)
        VALUES (@Id, @OccurredAt, @EventType, @ActorUserId, @ActorEmail, @Subject, @SourceIp, @Details)
        """;

    /// <summary>Records an event done by the current user.</summary>
    public Task WriteAsync(string eventType, string? subject, string? details, CancellationToken ct) =>
        WriteAsync(eventType, currentUser.UserId, currentUser.Email, subject, details, ct);

    /// <summary>Records an event whose actor is not (yet) the current user, such as a login attempt.</summary>
    public Task WriteAsync(string eventType, Guid? actorUserId, string? actorEmail, string? subject, string? details, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            OccurredAt = clock.GetUtcNow(),
            EventType = eventType,
            ActorUserId = actorUserId,
            ActorEmail = actorEmail,
            Subject = subject,
            SourceIp = currentUser.IpAddress,
            Details = details,
        }, ct);
}

internal static class AuditEvents
{
    public const string LoginSucceeded = "login_succeeded";
    public const string LoginFailed = "login_failed";
    public const string LoginThrottled = "login_throttled";
    public const string Logout = "logout";
    public const string UserCreated = "user_created";
    public const string UserChanged = "user_changed";
    public const string RolesChanged = "roles_changed";
    public const string UserDeactivated = "user_deactivated";
    public const string UserActivated = "user_activated";
    public const string ApiKeyCreated = "api_key_created";
    public const string ApiKeyRevoked = "api_key_revoked";
}
