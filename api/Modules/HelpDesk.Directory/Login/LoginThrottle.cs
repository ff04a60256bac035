namespace HelpDesk.Directory.Login;

/// <summary>
/// Failed logins counted per client address: for each email typed from it, and for all emails together. Five failures
/// for one email from one address, or twenty from one address, within 15 minutes block that pair (or that address) for
/// 15 minutes. The account itself is never locked, so the right password from another address still signs in, and an
/// unknown email is counted and answered exactly like a known one.
/// </summary>
internal sealed class LoginThrottle(IDb db, TimeProvider clock)
{
    public const int MaxFailuresPerEmailAndAddress = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>The row counting every email from an address.</summary>
    private const string AnyEmail = "";

    private const string BlockedUntilSql = """
        SELECT max(blocked_until) FROM directory.login_failures
        WHERE client_address = @Address AND email IN (@Email, @AnyEmail) AND blocked_until > @Now
        """;

    // Counts the failure in both rows (a row whose window has passed starts again), blocks the rows that reached their
    // limit (their count starts again when the block ends), and prunes rows whose window has passed.
    private const string RecordFailureSql = """
        INSERT INTO directory.login_failures AS f (client_address, email, failures, window_started_at)
        VALUES (@Address, @Email, 1, @Now), (@Address, @AnyEmail, 1, @Now)
        ON CONFLICT (client_address, email) DO UPDATE SET
            failures = CASE WHEN f.window_started_at > @WindowStart THEN f.failures + 1 ELSE 1 END,
            window_started_at = CASE WHEN f.window_started_at > @WindowStart THEN f.window_started_at ELSE @Now END,
            blocked_until = CASE WHEN f.window_started_at > @WindowStart THEN f.blocked_until END;

        UPDATE directory.login_failures SET blocked_until = @BlockUntil, failures = 0, window_started_at = @Now
        WHERE client_address = @Address
          AND ((email = @Email AND failures >= @MaxPerEmail) OR (email = @AnyEmail AND failures >= @MaxPerAddress))
        RETURNING email;

        DELETE FROM directory.login_failures WHERE window_started_at <= @WindowStart;
        """;

    private const string ForgetSql = "DELETE FROM directory.login_failures WHERE client_address = @Address AND email = @Email";

    /// <summary>When logins for this email from this address may be tried again, or null if they may now.</summary>
    public Task<DateTimeOffset?> BlockedUntilAsync(string address, string email, CancellationToken ct) =>
        db.QuerySingleAsync<DateTimeOffset?>(BlockedUntilSql, new { Address = address, Email = email, AnyEmail, Now = clock.GetUtcNow() }, ct);

    /// <summary>Counts a failed login; returns which limit it reached (and so blocked until <see cref="Window"/> from now), if any.</summary>
    public async Task<Block?> RecordFailureAsync(string address, string email, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var blocked = await db.QueryAsync<string>(RecordFailureSql, new
        {
            Address = address,
            Email = email,
            AnyEmail,
            Now = now,
            WindowStart = now - Window,
            BlockUntil = now + Window,
            MaxPerEmail = MaxFailuresPerEmailAndAddress,
            MaxPerAddress = MaxFailuresPerAddress,
        }, ct);
        return blocked.Count == 0 ? null : new Block(now + Window, blocked.Contains(AnyEmail) ? BlockScope.Address : BlockScope.EmailFromAddress);
    }

    /// <summary>A successful login starts the count of this email from this address again (not the address's own count).</summary>
    public Task ForgetAsync(string address, string email, CancellationToken ct) =>
        db.ExecuteAsync(ForgetSql, new { Address = address, Email = email }, ct);

    internal enum BlockScope { EmailFromAddress, Address }

    internal sealed record Block(DateTimeOffset Until, BlockScope Scope);
}
