namespace HelpDesk.Escalation.Contracts;

/// <summary>
/// One area's escalation figures for legs opened in a period. Answer times are in minutes from the leg's opening to the
/// area's answer (calendar minutes until the SLA module gives business time). Shares are 0..1; null when nothing to measure.
/// </summary>
public sealed record AreaEscalationMetrics(
    Guid AreaId, int Legs, int Answered, double? MeanAnswerMinutes, double? MedianAnswerMinutes, double? P90AnswerMinutes,
    double? ShareAnsweredWithinOla, double? RejectionRate);

/// <summary>For Reporting: legs per area, answer time (mean, median, p90), share answered within OLA, bounce rate.</summary>
public sealed record GetEscalationMetrics(DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<AreaEscalationMetrics>>;
