namespace HelpDesk.Surveys.Contracts;

/// <summary>
/// How many invitations went out in a period (department's time zone; the period as in <see cref="GetSurveyResults"/>)
/// and how many of those were answered, in all and by kind and campaign. An invitation counts in the period it was sent
/// (a phone survey: when it was taken), with its answer whenever that came. TemplateId narrows it to one template.
/// </summary>
public sealed record GetSurveyInvitationCounts(
    ResultsPeriodKind Period,
    DateOnly? Date = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? TemplateId = null) : IQuery<SurveyInvitationCounts>;

public sealed record SurveyInvitationCounts(SurveyResultsPeriod Period, SurveyInvitationCount Total, IReadOnlyList<SurveyInvitationCount> ByKindAndCampaign);

/// <summary>Kind and campaign are null on the total; CampaignId is null for hot surveys. ResponseRate: Answered / Invited (null when none were invited).</summary>
public sealed record SurveyInvitationCount(ResultsSurveyKind? Kind, Guid? CampaignId, string? CampaignName, int Invited, int Answered, double? ResponseRate);
