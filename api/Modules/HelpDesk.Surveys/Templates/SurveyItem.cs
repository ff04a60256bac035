using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Templates;

/// <summary>A wording in both languages the department writes in.</summary>
internal sealed record SurveyText(string Es, string En)
{
    public string In(string language) => language == "en" ? En : Es;
}

/// <summary>
/// One question of a template version. Key names the question across versions (results of "overall" compare year over
/// year even after the wording changes). LowLabel and HighLabel label the ends of a scale (1 and 7, or 0 and 10).
/// </summary>
internal sealed record SurveyItem(string Key, ItemKind Kind, bool Required, bool Overall, SurveyText Text, SurveyText? LowLabel, SurveyText? HighLabel)
{
    /// <summary>The lowest and highest score the item takes; null for yes/no and free text.</summary>
    public (int Low, int High)? Scale => Kind switch
    {
        ItemKind.Scale1To7 => (1, 7),
        ItemKind.Nps0To10 => (0, 10),
        _ => null,
    };
}

/// <summary>A template as published in one version.</summary>
internal sealed record SurveyTemplate(Guid Id, string Name, SurveyKind Purpose, int Version, DateTimeOffset PublishedAt, IReadOnlyList<SurveyItem> Items);

/// <summary>A template in the list: its latest version.</summary>
internal sealed record SurveyTemplateSummary(Guid Id, string Name, SurveyKind Purpose, int Version, int ItemCount, DateTimeOffset UpdatedAt);
