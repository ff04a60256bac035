using FluentValidation;
using HelpDesk.Directory.Areas;

namespace HelpDesk.Directory.CreateArea;

internal static class CreateArea
{
    internal sealed record Command(string Code, string Name, string? ManagerEmail) : ICommand<AreaDto>;

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
        private const string InsertSql = $"""
            INSERT INTO directory.areas (id, code, name, manager_email, active, created_at, updated_at)
            VALUES (@Id, @Code, @Name, @ManagerEmail, true, @Now, @Now)
            ON CONFLICT (code) DO NOTHING
            RETURNING {AreaSql.Columns}
            """;

        public async ValueTask<AreaDto> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            return await db.QuerySingleOrDefaultAsync<AreaDto>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                Code = command.Code.Trim().ToUpperInvariant(),
                Name = command.Name.Trim(),
                ManagerEmail = AreaRules.NormaliseEmail(command.ManagerEmail),
                Now = now,
            }, ct) ?? throw new ConflictException("duplicate-code", $"An area with code {command.Code.ToUpperInvariant()} already exists.");
        }
    }
}
