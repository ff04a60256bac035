using System.Text.Json.Serialization;

namespace HelpDesk.Surveys.Contracts;

/// <summary>What a survey item asks for: a 1-7 score (7 best), a 0-10 recommendation score (NPS), yes or no, or free text.</summary>
[JsonConverter(typeof(EnumByName<ItemKind>))]
public enum ItemKind
{
    [JsonStringEnumMemberName("scale_1_7")] Scale1To7,
    [JsonStringEnumMemberName("nps_0_10")] Nps0To10,
    [JsonStringEnumMemberName("yes_no")] YesNo,
    [JsonStringEnumMemberName("free_text")] FreeText,
}

/// <summary>Hot: right after a ticket is answered or closed. Cold: a periodic sample of customers (campaigns).</summary>
[JsonConverter(typeof(EnumByName<SurveyKind>))]
public enum SurveyKind
{
    [JsonStringEnumMemberName("hot")] Hot,
    [JsonStringEnumMemberName("cold")] Cold,
}
