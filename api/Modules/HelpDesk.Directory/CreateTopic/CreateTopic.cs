using FluentValidation;
using HelpDesk.Directory.Topics;

namespace HelpDesk.Directory.CreateTopic;

internal static class CreateTopic
{
    internal sealed record Command(Guid AreaId, Guid? ParentId, string Code, string Name) : ICommand<TopicDto>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.AreaId).NotEmpty();
            RuleFor(c => c.Code).NotEmpty().Matches(TopicRules.CodePattern).WithMessage(TopicRules.CodeMessage);
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        }
    }

    internal sealed class Handler(IDb db, TimeProvider clock) : ICommandHandler<Command, TopicDto>
    {
        private const string AreaActiveSql = "SELECT active FROM directory.areas WHERE id = @AreaId";

        private const string ParentSql = "SELECT area_id, parent_id FROM directory.topics WHERE id = @ParentId";

        private const string InsertSql = $"""
            INSERT INTO directory.topics (id, area_id, parent_id, code, name, active, created_at, updated_at)
            VALUES (@Id, @AreaId, @ParentId, @Code, @Name, true, @Now, @Now)
            ON CONFLICT (code) DO NOTHING
            RETURNING {TopicRules.Columns}
            """;

        private sealed record Parent(Guid AreaId, Guid? ParentId);

        public async ValueTask<TopicDto> Handle(Command command, CancellationToken ct)
        {
            var areaActive = await db.QuerySingleOrDefaultAsync<bool?>(AreaActiveSql, command, ct);
            if (areaActive is not true)
            {
                throw new RuleViolationException("areaId", "The area does not exist or is inactive.");
            }

            if (command.ParentId is not null)
            {
                var parent = await db.QuerySingleOrDefaultAsync<Parent>(ParentSql, command, ct);
                if (parent is null || parent.AreaId != command.AreaId)
                {
                    throw new RuleViolationException("parentId", "The parent topic does not exist in this area.");
                }

                if (parent.ParentId is not null)
                {
                    throw new RuleViolationException("parentId", "Subtopics cannot have subtopics: the catalogue is area, topic, subtopic.");
                }
            }

            var now = clock.GetUtcNow();
            var code = command.Code.Trim().ToUpperInvariant();
            return await db.QuerySingleOrDefaultAsync<TopicDto>(InsertSql, new
            {
                Id = Guid.CreateVersion7(now),
                command.AreaId,
                command.ParentId,
                Code = code,
                Name = command.Name.Trim(),
                Now = now,
            }, ct) ?? throw new ConflictException("duplicate-code", $"A topic with code {code} already exists.");
        }
    }
}
