using FluentValidation;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.CreateSurveyTemplate;

internal static class CreateSurveyTemplate
{
    internal sealed record Command(string Name, SurveyKind Purpose, IReadOnlyList<SurveyItem> Items) : ICommand<SurveyTemplate>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            RuleFor(c => c.Purpose).IsInEnum();
            this.ItemsRule(c => c.Items);
        }
    }

    internal sealed class Handler(IDb db, TemplateStore templates, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, SurveyTemplate>
    {
        private const string InsertSql = """
            INSERT INTO surveys.templates (id, name, purpose, latest_version, created_at, created_by, updated_at)
            VALUES (@Id, @Name, @Purpose, 1, @Now, @UserId, @Now)
            ON CONFLICT (lower(name)) DO NOTHING
            """;

        public async ValueTask<SurveyTemplate> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            var name = command.Name.Trim();
            var inserted = await db.ExecuteAsync(InsertSql, new { Id = id, Name = name, Purpose = command.Purpose.ToDb(), Now = now, user.UserId }, ct);
            if (inserted == 0)
            {
                throw new ConflictException("duplicate-name", $"A survey template named {name} already exists.");
            }

            await templates.AddVersionAsync(id, 1, TemplateRules.Normalised(command.Items), user.UserId, now, ct);
            return (await templates.GetAsync(id, 1, ct))!;
        }
    }
}
