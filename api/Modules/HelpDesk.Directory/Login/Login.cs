using FluentValidation;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Audit;
using Microsoft.AspNetCore.Identity;

namespace HelpDesk.Directory.Login;

internal static class Login
{
    internal sealed record Command(string Email, string Password) : ICommand<Result>;

    internal enum Outcome { Succeeded, InvalidCredentials, Throttled }

    /// <summary>A failed login still commits (the failure count and the audit row), so it is a result, not an exception.</summary>
    internal sealed record Result(Outcome Outcome, Guid? UserId = null, Guid? SecurityStamp = null, DateTimeOffset? RetryAt = null);

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
        public string PasswordHash { get; init; } = "";
        public bool Active { get; init; }
        public Guid SecurityStamp { get; init; }
    }

    /// <summary>
    /// What the caller learns depends only on the email typed, the address and the password: whether the email belongs
    /// to an account changes neither the answer nor the work done (the password is always verified, against
    /// <see cref="DummyHash"/> when there is no active account).
    /// </summary>
    internal sealed class Handler(IDb db, IPasswordHasher<StaffAccount> hasher, LoginThrottle throttle, AuditWriter audit, ICurrentUser caller)
        : ICommandHandler<Command, Result>
    {
        private const string FindSql = "SELECT id, password_hash, active, security_stamp FROM directory.users WHERE email = @email";

        private const string RehashSql = "UPDATE directory.users SET password_hash = @rehash WHERE id = @id";

        // Verified when the email has no active account, so that it costs the same time as a wrong password.
        internal static readonly string DummyHash = new PasswordHasher<StaffAccount>().HashPassword(StaffAccount.Any, "not-a-real-password");

        public async ValueTask<Result> Handle(Command command, CancellationToken ct)
        {
            var email = command.Email.Trim().ToLowerInvariant();
            var address = caller.IpAddress ?? "unknown";

            if (await throttle.BlockedUntilAsync(address, email, ct) is { } blockedUntil)
            {
                await audit.WriteAsync(AuditEvents.LoginFailed, null, email, email, "too many failed logins from this address", ct);
                return new Result(Outcome.Throttled, RetryAt: blockedUntil);
            }

            var account = await db.QuerySingleOrDefaultAsync<Account>(FindSql, new { email }, ct);
            var usable = account is { Active: true };
            var verification = hasher.VerifyHashedPassword(StaffAccount.Any, usable ? account!.PasswordHash : DummyHash, command.Password);
            if (!usable || verification == PasswordVerificationResult.Failed)
            {
                var reason = account is null ? "unknown email" : !account.Active ? "inactive account" : "wrong password";
                await audit.WriteAsync(AuditEvents.LoginFailed, account?.Id, email, email, reason, ct);
                if (await throttle.RecordFailureAsync(address, email, ct) is not { } block)
                {
                    return new Result(Outcome.InvalidCredentials);
                }

                var what = block.Scope == LoginThrottle.BlockScope.Address ? "this address (any email)" : "this email from this address";
                await audit.WriteAsync(AuditEvents.LoginThrottled, account?.Id, email, email, $"logins from {what} blocked until {block.Until:O}", ct);
                return new Result(Outcome.Throttled, RetryAt: block.Until);
            }

            if (verification == PasswordVerificationResult.SuccessRehashNeeded)
            {
                await db.ExecuteAsync(RehashSql, new { id = account!.Id, rehash = hasher.HashPassword(StaffAccount.Any, command.Password) }, ct);
            }

            await throttle.ForgetAsync(address, email, ct);
            await audit.WriteAsync(AuditEvents.LoginSucceeded, account!.Id, email, email, null, ct);
            return new Result(Outcome.Succeeded, account.Id, account.SecurityStamp);
        }
    }
}
