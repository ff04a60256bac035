namespace HelpDesk.Surveys.Settings;

/// <summary>
/// The department's survey settings. HotTemplateId: the template hot surveys use (null: no hot surveys until one is
/// chosen). RecoveryThreshold: an overall 1-7 answer at or below it opens a recovery ticket (4 = the bottom box).
/// </summary>
internal sealed record SurveySettings(
    bool HotEnabled,
    Guid? HotTemplateId,
    int HotDelayMinutes,
    int ResurveyWindowDays,
    int LinkValidDays,
    int RecoveryThreshold,
    DateTimeOffset? UpdatedAt);
