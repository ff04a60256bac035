using FluentValidation;
using HelpDesk.Surveys.Templates;

namespace HelpDesk.Surveys.PublishSurveyTemplate;

internal static class PublishSurveyTemplate
{
    internal sealed record Command(Guid TemplateId, string Name, IReadOnlyList<SurveyItem> Items) : ICommand<SurveyTemplate>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
            this.ItemsRule(c => c.Items);
        }
    }

    /// <summary>
    /// Changed items make a new version (responses keep the version they answered); the same items keep the version. A key
    /// keeps its kind across versions, since results compare answers by key.
    /// </summary>
    internal sealed class Handler(IDb db, TemplateStore templates, ICurrentUser user, TimeProvider clock) : ICommandHandler<Command, SurveyTemplate>
    {
        private const string LockSql = "SELECT latest_version FROM surveys.templates WHERE id = @TemplateId FOR UPDATE";

        private const string KindsSql = "SELECT DISTINCT ON (key) key, kind FROM surveys.template_items WHERE template_id = @TemplateId ORDER BY key, version DESC";

        private const string UpdateSql = """
            UPDATE surveys.templates SET name = @Name, latest_version = @Version, updated_at = @Now
            WHERE id = @TemplateId AND NOT EXISTS (SELECT 1 FROM surveys.templates o WHERE lower(o.name) = lower(@Name) AND o.id <> @TemplateId)
            """;

        private sealed record KeyKind(string Key, string Kind);

        public async ValueTask<SurveyTemplate> Handle(Command command, CancellationToken ct)
        {
            var latest = await db.QuerySingleOrDefaultAsync<int?>(LockSql, command, ct) ?? throw new NotFoundException("survey template");
            var items = TemplateRules.Normalised(command.Items);
            var kinds = (await db.QueryAsync<KeyKind>(KindsSql, command, ct)).ToDictionary(k => k.Key, k => k.Kind);
            for (var i = 0; i < items.Count; i++)
            {
                if (kinds.TryGetValue(items[i].Key, out var kind) && kind != items[i].Kind.ToDb())
                {
                    throw new RuleViolationException($"items[{i}].kind",
                        $"Earlier versions asked '{items[i].Key}' as {kind}; results compare answers by key, so give a new kind of question a new key.");
                }
            }

            var current = await templates.ItemsAsync(command.TemplateId, latest, ct);
            var version = current.SequenceEqual(items) ? latest : latest + 1;
            var now = clock.GetUtcNow();
            if (version != latest)
            {
                await templates.AddVersionAsync(command.TemplateId, version, items, user.UserId, now, ct);
            }

            var name = command.Name.Trim();
            if (await db.ExecuteAsync(UpdateSql, new { command.TemplateId, Name = name, Version = version, Now = now }, ct) == 0)
            {
                throw new ConflictException("duplicate-name", $"Another survey template is named {name}.");
            }

            return (await templates.GetAsync(command.TemplateId, version, ct))!;
        }
    }
}
