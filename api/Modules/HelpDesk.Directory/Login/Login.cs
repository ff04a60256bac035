using FluentValidation;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Audit;
using HelpDesk.Shared.Data;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace HelpDesk.Directory.Login;

internal static class Login
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    internal sealed record Command(string Email, string Password) : ICommand<Result>;

    internal enum Outcome { Succeeded, InvalidCredentials, Locked }

    /// <summary>A failed login still commits (the failure count and the audit row), so it is a result, not an exception.</summary>
    internal sealed record Result(Outcome Outcome, Guid? UserId = null, Guid? SecurityStamp = null, DateTimeOffset? LockedUntil = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().MaximumLength(320);
            RuleFor(c => c.Password).NotEmpty().MaximumLength(200);
        }
    }

    private sealed class Account
    {
        public Guid Id { get; init; }
        public string Email { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public bool Active { get; init; }
        public Guid SecurityStamp { get; init; }
        public int FailedLoginCount { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
    }

    internal sealed class Handler(IDb db, IPasswordHasher<StaffAccount> hasher, AuditWriter audit, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        private const string FindSql = """
            SELECT id, email, password_hash, active, security_stamp, failed_login_count, locked_until
            FROM directory.users WHERE email = @email FOR UPDATE
            """;

        private const string RecordFailureSql = """
            UPDATE directory.users SET failed_login_count = @count, locked_until = @lockedUntil WHERE id = @id
            """;

        private const string RecordSuccessSql = """
            UPDATE directory.users
            SET failed_login_count = 0, locked_until = NULL, password_hash = coalesce(@rehash, password_hash)
            WHERE id = @id
            """;

        // Verifying against this when the email is unknown keeps response times alike for known and unknown emails.
        private static readonly string DummyHash = new PasswordHasher<StaffAccount>().HashPassword(StaffAccount.Any, "not-a-real-password");

        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var email = command.Email.Trim().ToLowerInvariant();
            var now = clock.GetUtcNow();
            var account = await db.QuerySingleOrDefaultAsync<Account>(FindSql, new { email }, ct);

            if (account is null || !account.Active)
            {
                hasher.VerifyHashedPassword(StaffAccount.Any, DummyHash, command.Password);
                await audit.WriteAsync(AuditEvents.LoginFailed, account?.Id, email, email, account is null ? "unknown email" : "inactive account", ct);
                return new Result(Outcome.InvalidCredentials);
            }

            if (account.LockedUntil > now)
            {
                await audit.WriteAsync(AuditEvents.LoginFailed, account.Id, email, email, "account locked", ct);
                return new Result(Outcome.Locked, LockedUntil: account.LockedUntil);
            }

            var verification = hasher.VerifyHashedPassword(StaffAccount.Any, account.PasswordHash, command.Password);
            if (verification == PasswordVerificationResult.Failed)
            {
                var failures = account.FailedLoginCount + 1;
                await audit.WriteAsync(AuditEvents.LoginFailed, account.Id, email, email, $"wrong password ({failures} in a row)", ct);
                if (failures < MaxFailedAttempts)
                {
                    await db.ExecuteAsync(RecordFailureSql, new { id = account.Id, count = failures, lockedUntil = (DateTimeOffset?)null }, ct);
                    return new Result(Outcome.InvalidCredentials);
                }

                var lockedUntil = now + LockoutDuration;
                await db.ExecuteAsync(RecordFailureSql, new { id = account.Id, count = 0, lockedUntil }, ct);
                await audit.WriteAsync(AuditEvents.AccountLocked, account.Id, email, email, $"locked until {lockedUntil:O} after {failures} failed logins", ct);
                return new Result(Outcome.Locked, LockedUntil: lockedUntil);
            }

            var rehash = verification == PasswordVerificationResult.SuccessRehashNeeded
                ? hasher.HashPassword(StaffAccount.Any, command.Password)
                : null;
            await db.ExecuteAsync(RecordSuccessSql, new { id = account.Id, rehash }, ct);
            await audit.WriteAsync(AuditEvents.LoginSucceeded, account.Id, email, email, null, ct);
            return new Result(Outcome.Succeeded, account.Id, account.SecurityStamp);
        }
    }
}
