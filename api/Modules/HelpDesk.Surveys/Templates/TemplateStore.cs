using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Templates;

/// <summary>Reads templates as published, and writes a version with its items.</summary>
internal sealed class TemplateStore(IDb db)
{
    private const string VersionSql = """
        SELECT t.id, t.name, t.purpose, v.version, v.published_at
        FROM surveys.templates t
        JOIN surveys.template_versions v ON v.template_id = t.id AND v.version = coalesce(@Version, t.latest_version)
        WHERE t.id = @TemplateId
        """;

    private const string ItemsSql = """
        SELECT key, kind, required, overall, text_es, text_en, low_label_es, low_label_en, high_label_es, high_label_en
        FROM surveys.template_items
        WHERE template_id = @TemplateId AND version = @Version
        ORDER BY position
        """;

    private const string InsertVersionSql = """
        INSERT INTO surveys.template_versions (template_id, version, published_at, published_by)
        VALUES (@TemplateId, @Version, @Now, @UserId)
        """;

    private const string InsertItemsSql = """
        INSERT INTO surveys.template_items (template_id, version, key, position, kind, required, overall,
            text_es, text_en, low_label_es, low_label_en, high_label_es, high_label_en)
        SELECT @TemplateId, @Version, i.key, i.position, i.kind, i.required, i.overall,
            i.text_es, i.text_en, i.low_label_es, i.low_label_en, i.high_label_es, i.high_label_en
        FROM unnest(@Keys, @Positions, @Kinds, @Required, @Overall, @TextEs, @TextEn, @LowEs, @LowEn, @HighEs, @HighEn)
            AS i(key, position, kind, required, overall, text_es, text_en, low_label_es, low_label_en, high_label_es, high_label_en)
        """;

    private sealed record VersionRow(Guid Id, string Name, string Purpose, int Version, DateTimeOffset PublishedAt);

    private sealed record ItemRow(
        string Key, string Kind, bool Required, bool Overall, string TextEs, string TextEn,
        string? LowLabelEs, string? LowLabelEn, string? HighLabelEs, string? HighLabelEn);

    /// <summary>The template in this version (its latest when null), or null when there is no such template or version.</summary>
    public async Task<SurveyTemplate?> GetAsync(Guid templateId, int? version, CancellationToken ct)
    {
        var row = await db.QuerySingleOrDefaultAsync<VersionRow>(VersionSql, new { TemplateId = templateId, Version = version }, ct);
        if (row is null)
        {
            return null;
        }

        var items = await ItemsAsync(templateId, row.Version, ct);
        return new SurveyTemplate(row.Id, row.Name, EnumNames<SurveyKind>.Parse(row.Purpose), row.Version, row.PublishedAt, items);
    }

    public async Task<IReadOnlyList<SurveyItem>> ItemsAsync(Guid templateId, int version, CancellationToken ct)
    {
        var rows = await db.QueryAsync<ItemRow>(ItemsSql, new { TemplateId = templateId, Version = version }, ct);
        return [.. rows.Select(r => new SurveyItem(
            r.Key, EnumNames<ItemKind>.Parse(r.Kind), r.Required, r.Overall, new SurveyText(r.TextEs, r.TextEn),
            Label(r.LowLabelEs, r.LowLabelEn), Label(r.HighLabelEs, r.HighLabelEn)))];
    }

    public async Task AddVersionAsync(Guid templateId, int version, IReadOnlyList<SurveyItem> items, Guid? userId, DateTimeOffset now, CancellationToken ct)
    {
        await db.ExecuteAsync(InsertVersionSql, new { TemplateId = templateId, Version = version, Now = now, UserId = userId }, ct);
        await db.ExecuteAsync(InsertItemsSql, new
        {
            TemplateId = templateId,
            Version = version,
            Keys = items.Select(i => i.Key).ToArray(),
            Positions = Enumerable.Range(1, items.Count).ToArray(),
            Kinds = items.Select(i => i.Kind.ToDb()).ToArray(),
            Required = items.Select(i => i.Required).ToArray(),
            Overall = items.Select(i => i.Overall).ToArray(),
            TextEs = items.Select(i => i.Text.Es).ToArray(),
            TextEn = items.Select(i => i.Text.En).ToArray(),
            LowEs = items.Select(i => i.LowLabel?.Es).ToArray(),
            LowEn = items.Select(i => i.LowLabel?.En).ToArray(),
            HighEs = items.Select(i => i.HighLabel?.Es).ToArray(),
            HighEn = items.Select(i => i.HighLabel?.En).ToArray(),
        }, ct);
    }

    private static SurveyText? Label(string? es, string? en) => es is null || en is null ? null : new SurveyText(es, en);
}
