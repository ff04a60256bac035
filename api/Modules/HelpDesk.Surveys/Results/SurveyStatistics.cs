using HelpDesk.Surveys.Contracts;

namespace HelpDesk.Surveys.Results;

/// <summary>The answers of one item in one period and slice, counted: per score (0..10), yes and no, free texts.</summary>
internal sealed class ItemCounts
{
    public int[] Scores { get; } = new int[11];

    public int Yes { get; set; }

    public int No { get; set; }

    public int Texts { get; set; }
}

/// <summary>
/// The arithmetic of results, pure: an item's statistics from its counts, the Wilson score interval, and the variation
/// from last year. Shares are 0..1; NPS and variations of shares are in percentage points.
/// </summary>
internal static class SurveyStatistics
{
    /// <summary>The 0.975 quantile of the standard normal: a two-sided 95 % interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Fewer answers than this are flagged as a small sample.</summary>
    public const int SmallSampleBelow = 30;

    /// <summary>
    /// The share successes / n with its Wilson score interval (Wilson 1927): the p where |p̂ − p| = z·√(p(1 − p)/n),
    /// i.e. centre (p̂ + z²/2n) / (1 + z²/n) ± z/(1 + z²/n)·√(p̂(1 − p̂)/n + z²/4n²). Unlike p̂ ± z·√(p̂(1 − p̂)/n) it stays
    /// inside [0, 1] and does not collapse to a point at 0 or n successes. Null when n is 0.
    /// </summary>
    public static SurveyBoxShare? Wilson(int successes, int n, double z = Z95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        if (n == 0)
        {
            return null;
        }

        double p = (double)successes / n, z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2.0 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        // The bounds are exactly 0 and 1 at 0 and n successes; rounding must not take them past.
        var low = successes == 0 ? 0 : Math.Clamp(centre - half, 0, p);
        var high = successes == n ? 1 : Math.Clamp(centre + half, p, 1);
        return new SurveyBoxShare(p, low, high);
    }

    public static IReadOnlyList<int> ScoresOf(ResultItemKind kind) => kind switch
    {
        ResultItemKind.Scale1To7 => [1, 2, 3, 4, 5, 6, 7],
        ResultItemKind.Nps0To10 => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        _ => [],
    };

    /// <summary>An item's statistics from its counts (answers outside the item's scale are not counted).</summary>
    public static SurveyItemStats Summarise(ResultItemKind kind, ItemCounts counts)
    {
        switch (kind)
        {
            case ResultItemKind.Scale1To7 or ResultItemKind.Nps0To10:
            {
                var scores = ScoresOf(kind);
                var n = scores.Sum(s => counts.Scores[s]);
                var mean = n == 0 ? (double?)null : scores.Sum(s => (double)s * counts.Scores[s]) / n;
                var distribution = scores.Select(s => new SurveyScoreCount(s, counts.Scores[s])).ToList();
                if (kind == ResultItemKind.Scale1To7)
                {
                    var top = counts.Scores[6] + counts.Scores[7];
                    var bottom = counts.Scores[1] + counts.Scores[2] + counts.Scores[3] + counts.Scores[4];
                    return new SurveyItemStats(n, mean, distribution, Wilson(top, n), Wilson(bottom, n), null, null, n < SmallSampleBelow);
                }

                var promoters = counts.Scores[9] + counts.Scores[10];
                var detractors = scores.Where(s => s <= 6).Sum(s => counts.Scores[s]);
                var nps = n == 0 ? (double?)null : 100.0 * (promoters - detractors) / n;
                return new SurveyItemStats(n, mean, distribution, null, null, nps, null, n < SmallSampleBelow);
            }

            case ResultItemKind.YesNo:
            {
                var n = counts.Yes + counts.No;
                return new SurveyItemStats(n, null, [new SurveyScoreCount(0, counts.No), new SurveyScoreCount(1, counts.Yes)], null, null, null,
                    n == 0 ? null : (double)counts.Yes / n, n < SmallSampleBelow);
            }

            default:
                return new SurveyItemStats(counts.Texts, null, [], null, null, null, null, counts.Texts < SmallSampleBelow);
        }
    }

    /// <summary>Current minus previous: the mean as is, the shares in percentage points, NPS (already points) as is.</summary>
    public static SurveyVariation Variation(SurveyItemStats current, SurveyItemStats previous) => new(
        Minus(current.Mean, previous.Mean),
        Points(current.TopBox, previous.TopBox),
        Points(current.BottomBox, previous.BottomBox),
        Minus(current.Nps, previous.Nps));

    private static double? Minus(double? a, double? b) => a is { } x && b is { } y ? x - y : null;

    private static double? Points(SurveyBoxShare? a, SurveyBoxShare? b) => a is not null && b is not null ? 100.0 * (a.Share - b.Share) : null;
}
