using FluentValidation;
using HelpDesk.Directory.Topics;
using Npgsql;

namespace HelpDesk.Directory.UpdateTopic;

internal static class UpdateTopic
{
    internal sealed record Request(string Code, string Name, bool Active);

    internal sealed record Command(Guid Id, string Code, string Name, bool Active) : ICommand<TopicDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().Matches(TopicRules.CodePattern).WithMessage(TopicRules.CodeMessage);
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        }
    }

    internal sealed class Handler(IDb db, TimeProvider clock) : ICommandHandler<Command, TopicDto>
    {
        private const string UpdateSql = $"""
            UPDATE directory.topics SET code = @Code, name = @Name, active = @Active, updated_at = @Now
            WHERE id = @Id
            RETURNING {TopicRules.Columns}
            """;

        public async ValueTask<TopicDto> Handle(Command command, CancellationToken ct)
        {
            var code = command.Code.Trim().ToUpperInvariant();
            try
            {
                return await db.QuerySingleOrDefaultAsync<TopicDto>(UpdateSql, new
                {
                    command.Id,
                    Code = code,
                    Name = command.Name.Trim(),
                    command.Active,
                    Now = clock.GetUtcNow(),
                }, ct) ?? throw new NotFoundException("The topic");
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("duplicate-code", $"A topic with code {code} already exists.");
            }
        }
    }
}
