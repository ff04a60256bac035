using FluentValidation;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Audit;
using Microsoft.AspNetCore.Identity;

namespace HelpDesk.Directory.CreateUser;

internal static class CreateUser
{
    internal sealed record Command(string Email, string DisplayName, string Password, IReadOnlyList<Role> Roles, IReadOnlyList<Guid>? AreaIds)
        : ICommand<UserDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(320);
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Password).ValidPassword(c => c.Email, c => c.DisplayName);
            RuleFor(c => c.Roles).ValidRoles();
        }
    }

    internal sealed class Handler(IDb db, IPasswordHasher<StaffAccount> hasher, AuditWriter audit, TimeProvider clock)
        : ICommandHandler<Command, UserDto>
    {
        private const string InsertSql = """
            INSERT INTO directory.users (id, email, display_name, password_hash, roles, active, security_stamp, created_at, updated_at)
            VALUES (@Id, @Email, @DisplayName, @PasswordHash, @Roles, true, @Stamp, @Now, @Now)
            ON CONFLICT (email) DO NOTHING
            """;

        private const string ReadSql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.id = @id";

        public async ValueTask<UserDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var email = command.Email.Trim().ToLowerInvariant();
            var roles = RoleNames.ToNames(command.Roles);
            var inserted = await db.ExecuteAsync(InsertSql, new
            {
                Id = id,
                Email = email,
                DisplayName = command.DisplayName.Trim(),
                PasswordHash = hasher.HashPassword(StaffAccount.Any, command.Password),
                Roles = roles,
                Stamp = Guid.NewGuid(),
                Now = now,
            }, ct);
            if (inserted == 0)
            {
                throw new ConflictException("duplicate-email", $"A user with email {email} already exists.");
            }

            await UserAreas.ReplaceAsync(db, id, command.AreaIds ?? [], ct);
            await audit.WriteAsync(AuditEvents.UserCreated, email, $"roles: {string.Join(", ", roles)}", ct);
            return (await db.QuerySingleAsync<UserRow>(ReadSql, new { id }, ct)).ToDto();
        }
    }
}
