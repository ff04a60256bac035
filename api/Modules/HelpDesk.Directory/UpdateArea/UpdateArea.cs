using FluentValidation;
using HelpDesk.Directory.Areas;
using Npgsql;

namespace HelpDesk.Directory.UpdateArea;

internal static class UpdateArea
{
    internal sealed record Request(string Code, string Name, string? ManagerEmail, bool Active);

    internal sealed record Command(Guid Id, string Code, string Name, string? ManagerEmail, bool Active) : ICommand<AreaDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().Matches(AreaRules.CodePattern).WithMessage(AreaRules.CodeMessage);
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.ManagerEmail).EmailAddress().MaximumLength(320).When(c => !string.IsNullOrEmpty(c.ManagerEmail));
        }
    }

    internal sealed class Handler(IDb db, TimeProvider clock) : ICommandHandler<Command, AreaDto>
    {
        private const string UpdateSql = $"""
            UPDATE directory.areas
            SET code = @Code, name = @Name, manager_email = @ManagerEmail, active = @Active, updated_at = @Now
            WHERE id = @Id
            RETURNING {AreaSql.Columns}
            """;

        public async ValueTask<AreaDto> Handle(Command command, CancellationToken ct)
        {
            try
            {
                return await db.QuerySingleOrDefaultAsync<AreaDto>(UpdateSql, new
                {
                    command.Id,
                    Code = command.Code.Trim().ToUpperInvariant(),
                    Name = command.Name.Trim(),
                    ManagerEmail = AreaRules.NormaliseEmail(command.ManagerEmail),
                    command.Active,
                    Now = clock.GetUtcNow(),
                }, ct) ?? throw new NotFoundException("The area");
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("duplicate-code", $"An area with code {command.Code.ToUpperInvariant()} already exists.");
            }
        }
    }
}
