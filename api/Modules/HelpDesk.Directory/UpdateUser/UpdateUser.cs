using FluentValidation;
using HelpDesk.Directory.Accounts;
using HelpDesk.Directory.Audit;
using HelpDesk.Shared.Data;
using HelpDesk.Shared.Errors;
using HelpDesk.Shared.Security;
using Mediator;

namespace HelpDesk.Directory.UpdateUser;

internal static class UpdateUser
{
    internal sealed record Request(string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid>? AreaIds, bool Active);

    internal sealed record Command(Guid Id, string DisplayName, IReadOnlyList<Role> Roles, IReadOnlyList<Guid>? AreaIds, bool Active)
        : ICommand<UserDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Roles).ValidRoles();
        }
    }

    internal sealed class Handler(IDb db, AuditWriter audit, TimeProvider clock) : ICommandHandler<Command, UserDto>
    {
        private const string LockSql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.id = @Id FOR UPDATE";

        // Serialises admin changes so two admins cannot remove the last administrator at the same time.
        private const string OtherActiveAdminsSql = """
            SELECT count(*) FROM directory.users WHERE active AND 'admin' = ANY(roles) AND id <> @Id
            """;

        private const string UpdateSql = """
            UPDATE directory.users
            SET display_name = @DisplayName, roles = @Roles, active = @Active, updated_at = @Now,
                security_stamp = CASE WHEN @Active THEN security_stamp ELSE gen_random_uuid() END
            WHERE id = @Id
            """;

        private const string ReadSql = $"SELECT {UserRow.Columns} FROM directory.users u WHERE u.id = @Id";

        public async ValueTask<UserDto> Handle(Command command, CancellationToken ct)
        {
            await db.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext('directory.admins'))", null, ct);
            var before = await db.QuerySingleOrDefaultAsync<UserRow>(LockSql, command, ct) ?? throw new NotFoundException("The user");
            var roles = RoleNames.ToNames(command.Roles);
            var staysAdmin = command.Active && roles.Contains(Roles.Admin);
            if (!staysAdmin && before.Roles.Contains(Roles.Admin) && before.Active
                && await db.QuerySingleAsync<long>(OtherActiveAdminsSql, command, ct) == 0)
            {
                throw new ConflictException("last-admin", "This is the last active administrator; keep the admin role and the account active.");
            }

            await db.ExecuteAsync(UpdateSql, new
            {
                command.Id,
                DisplayName = command.DisplayName.Trim(),
                Roles = roles,
                command.Active,
                Now = clock.GetUtcNow(),
            }, ct);
            await UserAreas.ReplaceAsync(db, command.Id, command.AreaIds ?? [], ct);
            var after = await db.QuerySingleAsync<UserRow>(ReadSql, command, ct);
            await AuditChangesAsync(before, after, ct);
            return after.ToDto();
        }

        private async Task AuditChangesAsync(UserRow before, UserRow after, CancellationToken ct)
        {
            if (!before.Roles.Order().SequenceEqual(after.Roles.Order()))
            {
                await audit.WriteAsync(AuditEvents.RolesChanged, after.Email,
                    $"roles: {string.Join(", ", before.Roles.Order())} -> {string.Join(", ", after.Roles.Order())}", ct);
            }

            if (before.Active != after.Active)
            {
                await audit.WriteAsync(after.Active ? AuditEvents.UserActivated : AuditEvents.UserDeactivated, after.Email, null, ct);
            }

            if (before.DisplayName != after.DisplayName || !before.AreaIds.SequenceEqual(after.AreaIds))
            {
                await audit.WriteAsync(AuditEvents.UserChanged, after.Email,
                    $"name: {before.DisplayName} -> {after.DisplayName}; areas: {before.AreaIds.Length} -> {after.AreaIds.Length}", ct);
            }
        }
    }
}
