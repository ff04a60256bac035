using System.Text.Json.Serialization;

namespace HelpDesk.Surveys.Contracts;

/// <summary>
/// The period results are read for, in the department's time zone: the day, the ISO week (Monday to Sunday), the month,
/// the bimester (Jan-Feb, Mar-Apr, …), the semester (Jan-Jun, Jul-Dec) or the year holding a date, or a range of days.
/// </summary>
[JsonConverter(typeof(EnumByName<ResultsPeriodKind>))]
public enum ResultsPeriodKind
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("week")] Week,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("bimester")] Bimester,
    [JsonStringEnumMemberName("semester")] Semester,
    [JsonStringEnumMemberName("year")] Year,
    [JsonStringEnumMemberName("range")] Range,
}

/// <summary>What results are sliced by: nothing (one slice, "all"), or the invitation's ticket topic, area, agent, ticket channel, the customer's segment, or the campaign.</summary>
[JsonConverter(typeof(EnumByName<ResultsSliceBy>))]
public enum ResultsSliceBy
{
    [JsonStringEnumMemberName("none")] None,
    [JsonStringEnumMemberName("topic")] Topic,
    [JsonStringEnumMemberName("area")] Area,
    [JsonStringEnumMemberName("agent")] Agent,
    [JsonStringEnumMemberName("channel")] Channel,
    [JsonStringEnumMemberName("segment")] Segment,
    [JsonStringEnumMemberName("campaign")] Campaign,
}

/// <summary>Hot (after a ticket) or cold (a campaign).</summary>
[JsonConverter(typeof(EnumByName<ResultsSurveyKind>))]
public enum ResultsSurveyKind
{
    [JsonStringEnumMemberName("hot")] Hot,
    [JsonStringEnumMemberName("cold")] Cold,
}

/// <summary>The kind of a template item, as results read it.</summary>
[JsonConverter(typeof(EnumByName<ResultItemKind>))]
public enum ResultItemKind
{
    [JsonStringEnumMemberName("scale_1_7")] Scale1To7,
    [JsonStringEnumMemberName("nps_0_10")] Nps0To10,
    [JsonStringEnumMemberName("yes_no")] YesNo,
    [JsonStringEnumMemberName("free_text")] FreeText,
}

/// <summary>
/// Results of a survey template per item for a period and the same period a year earlier, per slice. Date is any day of
/// the period (default: today in the department's time zone); From and To (inclusive) only for a range, at most five
/// years long. The HTTP endpoint GetSurveyResults answers with this query, so both give the same numbers.
/// </summary>
public sealed record GetSurveyResults(
    Guid TemplateId,
    ResultsPeriodKind Period,
    DateOnly? Date = null,
    DateOnly? From = null,
    DateOnly? To = null,
    ResultsSliceBy SliceBy = ResultsSliceBy.None,
    ResultsSurveyKind? Kind = null,
    Guid? CampaignId = null) : IQuery<SurveyResults>;

/// <summary>Days from From to To, both included, in the department's time zone.</summary>
public sealed record SurveyResultsPeriod(DateOnly From, DateOnly To);

public sealed record SurveyResults(Guid TemplateId, SurveyResultsPeriod Period, SurveyResultsPeriod PreviousPeriod, IReadOnlyList<SurveyResultSlice> Slices);

/// <summary>
/// One slice: Key is "all" (no slicing), the topic, area, agent or campaign id, the channel or the segment, or "none" for
/// answers without one (e.g. cold surveys have no agent). Label is the name to show.
/// </summary>
public sealed record SurveyResultSlice(string Key, string Label, IReadOnlyList<SurveyItemResult> Items);

/// <summary>An item of the template (by key, across its versions; the text of the latest version that has it).</summary>
public sealed record SurveyItemResult(string Key, ResultItemKind Kind, SurveyResultText Text, SurveyItemStats Current, SurveyItemStats Previous, SurveyVariation Variation);

public sealed record SurveyResultText(string Es, string En);

/// <summary>
/// N answers. Scale 1-7: mean, the distribution 1..7, top box (6-7) and bottom box (1-4) as shares 0..1 with their 95 %
/// Wilson score interval. NPS 0-10: mean, distribution 0..10, NPS in points (% promoters 9-10 minus % detractors 0-6).
/// Yes/no: the share of yes, distribution 0 (no) and 1 (yes). Free text: n only. SmallSample: n &lt; 30 (shown, never hidden).
/// </summary>
public sealed record SurveyItemStats(
    int N, double? Mean, IReadOnlyList<SurveyScoreCount> Distribution, SurveyBoxShare? TopBox, SurveyBoxShare? BottomBox,
    double? Nps, double? YesShare, bool SmallSample);

public sealed record SurveyScoreCount(int Score, int Count);

/// <summary>A share 0..1 with the bounds of its 95 % Wilson score interval.</summary>
public sealed record SurveyBoxShare(double Share, double Low, double High);

/// <summary>Current minus previous: the mean's difference, and the boxes' and NPS's in percentage points; null when either side has no answers.</summary>
public sealed record SurveyVariation(double? MeanDelta, double? TopBoxPoints, double? BottomBoxPoints, double? NpsPoints);
