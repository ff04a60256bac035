using CsCheck;
using HelpDesk.Surveys.Contracts;
using HelpDesk.Surveys.Results;

namespace HelpDesk.Tests.Surveys;

/// <summary>
/// The arithmetic of results without a database: hand-computed values, and properties over many generated cases
/// (CsCheck, the house's property-testing library).
/// </summary>
public sealed class SurveyResultsStatisticsTests
{
    private const double Tolerance = 1e-12;

    /// <summary>n from 1 to 100,000 and successes from 0 to n.</summary>
    private static readonly Gen<(int K, int N)> Proportions = Gen.Int[1, 100_000].SelectMany(n => Gen.Int[0, n].Select(k => (k, n)));

    /// <summary>How many answers each score of a 1-7 item got (0 to 60 each: small samples, empty ends, and up to 420 in all).</summary>
    private static readonly Gen<int[]> ScaleCounts = Gen.Int[0, 60].Array[7];

    private static readonly Gen<int[]> NpsCounts = Gen.Int[0, 60].Array[11];

    [TestCase(27, 40, 0.675, 0.520177, 0.799155)]
    [TestCase(4, 40, 0.1, 0.039580, 0.230518)]
    [TestCase(0, 10, 0.0, 0.0, 0.277533)]
    [TestCase(10, 10, 1.0, 0.722467, 1.0)]
    [TestCase(50, 100, 0.5, 0.403832, 0.596168)]
    [TestCase(1, 1, 1.0, 0.206549, 1.0)]
    public void Wilson_OfHandComputedCases_GivesTheirBounds(int successes, int n, double share, double low, double high)
    {
        // By hand: centre (p + z²/2n)/(1 + z²/n) ± z/(1 + z²/n)·√(p(1−p)/n + z²/4n²), z = 1.959964. 27 of 40: p 0.675,
        // z²/n 0.096037, centre 0.723018/1.096037 = 0.659666, half 0.152886/1.096037 = 0.139490.
        var wilson = SurveyStatistics.Wilson(successes, n)!;
        Assert.Multiple(() =>
        {
            Assert.That(wilson.Share, Is.EqualTo(share).Within(1e-9));
            Assert.That(wilson.Low, Is.EqualTo(low).Within(5e-7));
            Assert.That(wilson.High, Is.EqualTo(high).Within(5e-7));
        });
    }

    [Test]
    public void Wilson_OfNoAnswers_IsNull() => Assert.That(SurveyStatistics.Wilson(0, 0), Is.Null);

    [Test]
    public void Wilson_BoundsStayWithin0And1_AndHoldTheShare() =>
        Proportions.Sample(p =>
        {
            var w = SurveyStatistics.Wilson(p.K, p.N)!;
            return w.Low >= 0 && w.High <= 1 && w.Low <= w.Share && w.Share <= w.High && w.Share == (double)p.K / p.N
                   && (p.K == 0 || w.Low > 0) && (p.K == p.N || w.High < 1);
        }, iter: 5000);

    [Test]
    public void Wilson_NarrowsAsTheSampleGrows_ForTheSameShare() =>
        Gen.Select(Proportions.Where(p => p.N <= 20_000), Gen.Int[2, 5]).Sample((p, m) =>
        {
            var small = SurveyStatistics.Wilson(p.K, p.N)!;
            var large = SurveyStatistics.Wilson(p.K * m, p.N * m)!;
            return large.High - large.Low < small.High - small.Low;
        }, iter: 5000);

    [Test]
    public void Wilson_IsSymmetric_UnderSwappingSuccessAndFailure() =>
        Proportions.Sample(p =>
        {
            var yes = SurveyStatistics.Wilson(p.K, p.N)!;
            var no = SurveyStatistics.Wilson(p.N - p.K, p.N)!;
            return Math.Abs(yes.Low - (1 - no.High)) < Tolerance && Math.Abs(yes.High - (1 - no.Low)) < Tolerance;
        }, iter: 5000);

    [Test]
    public void Summarise_ScaleItem_GivesHandComputedMeanBoxesAndDistribution()
    {
        // 40 answers: 7×15, 6×12, 5×6, 4×3, 3×1, 1×3. Mean (105 + 72 + 30 + 12 + 3 + 3)/40 = 5.625; top box 27/40; bottom box 7/40.
        var stats = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(scores: new() { [7] = 15, [6] = 12, [5] = 6, [4] = 3, [3] = 1, [1] = 3 }));
        Assert.Multiple(() =>
        {
            Assert.That(stats.N, Is.EqualTo(40));
            Assert.That(stats.Mean, Is.EqualTo(5.625).Within(1e-12));
            Assert.That(stats.Distribution.Select(d => (d.Score, d.Count)), Is.EqualTo(new[] { (1, 3), (2, 0), (3, 1), (4, 3), (5, 6), (6, 12), (7, 15) }));
            Assert.That(stats.TopBox!.Share, Is.EqualTo(0.675).Within(1e-12));
            Assert.That(stats.TopBox.Low, Is.EqualTo(0.520177).Within(5e-7));
            Assert.That(stats.BottomBox!.Share, Is.EqualTo(0.175).Within(1e-12));
            Assert.That(stats.BottomBox.Low, Is.EqualTo(0.087454).Within(5e-7));
            Assert.That(stats.BottomBox.High, Is.EqualTo(0.319500).Within(5e-7));
            Assert.That(stats.Nps, Is.Null);
            Assert.That(stats.YesShare, Is.Null);
            Assert.That(stats.SmallSample, Is.False);
        });
    }

    [Test]
    public void Summarise_NpsItem_GivesPromotersMinusDetractorsInPoints()
    {
        // 20 answers: 10×4, 9×5 (promoters 9), 8×3, 7×2 (passives), 6×2, 3×3, 0×1 (detractors 6): (9 − 6)/20 = 15 points.
        var stats = SurveyStatistics.Summarise(ResultItemKind.Nps0To10, Counts(scores: new() { [10] = 4, [9] = 5, [8] = 3, [7] = 2, [6] = 2, [3] = 3, [0] = 1 }));
        Assert.Multiple(() =>
        {
            Assert.That(stats.N, Is.EqualTo(20));
            Assert.That(stats.Nps, Is.EqualTo(15).Within(1e-12));
            Assert.That(stats.Mean, Is.EqualTo((40 + 45 + 24 + 14 + 12 + 9 + 0) / 20.0).Within(1e-12));
            Assert.That(stats.Distribution.Select(d => d.Score), Is.EqualTo(Enumerable.Range(0, 11)));
            Assert.That(stats.TopBox, Is.Null);
            Assert.That(stats.SmallSample, Is.True);
        });
    }

    [Test]
    public void Summarise_YesNoAndFreeText_GiveTheShareOfYesAndTheCount()
    {
        var yesNo = SurveyStatistics.Summarise(ResultItemKind.YesNo, Counts(yes: 24, no: 8));
        var text = SurveyStatistics.Summarise(ResultItemKind.FreeText, Counts(texts: 12));
        Assert.Multiple(() =>
        {
            Assert.That(yesNo.N, Is.EqualTo(32));
            Assert.That(yesNo.YesShare, Is.EqualTo(0.75).Within(1e-12));
            Assert.That(yesNo.Distribution.Select(d => (d.Score, d.Count)), Is.EqualTo(new[] { (0, 8), (1, 24) }));
            Assert.That(yesNo.SmallSample, Is.False);
            Assert.That(text.N, Is.EqualTo(12));
            Assert.That(text.Mean, Is.Null);
            Assert.That(text.Distribution, Is.Empty);
            Assert.That(text.SmallSample, Is.True);
        });
    }

    [TestCase(29, true)]
    [TestCase(30, false)]
    [TestCase(0, true)]
    public void Summarise_FlagsSamplesUnder30(int n, bool small) =>
        Assert.That(SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(scores: new() { [5] = n })).SmallSample, Is.EqualTo(small));

    [Test]
    public void Summarise_OfNoAnswers_HasNoMeanNoBoxesNoNps()
    {
        var scale = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, new ItemCounts());
        var nps = SurveyStatistics.Summarise(ResultItemKind.Nps0To10, new ItemCounts());
        Assert.Multiple(() =>
        {
            Assert.That(scale.N, Is.Zero);
            Assert.That(scale.Mean, Is.Null);
            Assert.That(scale.TopBox, Is.Null);
            Assert.That(scale.BottomBox, Is.Null);
            Assert.That(nps.Nps, Is.Null);
        });
    }

    [Test]
    public void Summarise_TopAndBottomBoxTogether_NeverExceedAllAnswers_AndTheirRestIsTheFive() =>
        ScaleCounts.Where(c => c.Sum() > 0).Sample(c =>
        {
            var s = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(c, first: 1));
            return s.TopBox!.Share + s.BottomBox!.Share <= 1 + Tolerance
                   && Math.Abs(1 - s.TopBox.Share - s.BottomBox.Share - ((double)c[4] / s.N)) < Tolerance
                   && s.N == c.Sum() && s.Distribution.Sum(d => d.Count) == s.N
                   && s.Mean >= 1 && s.Mean <= 7;
        }, iter: 5000);

    [Test]
    public void Summarise_Nps_StaysWithinPlusMinus100_AndIsPromotersMinusDetractors() =>
        NpsCounts.Where(c => c.Sum() > 0).Sample(c =>
        {
            var s = SurveyStatistics.Summarise(ResultItemKind.Nps0To10, Counts(c, first: 0));
            var expected = 100.0 * (c[9] + c[10] - c.Take(7).Sum()) / c.Sum();
            return s.Nps >= -100 && s.Nps <= 100 && Math.Abs(s.Nps!.Value - expected) < 1e-9;
        }, iter: 5000);

    [Test]
    public void Variation_IsCurrentMinusPrevious_InPointsForShares() =>
        Gen.Select(ScaleCounts.Where(c => c.Sum() > 0), ScaleCounts.Where(c => c.Sum() > 0)).Sample((now, before) =>
        {
            var current = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(now, first: 1));
            var previous = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(before, first: 1));
            var v = SurveyStatistics.Variation(current, previous);
            var back = SurveyStatistics.Variation(previous, current);
            return Math.Abs(previous.Mean!.Value + v.MeanDelta!.Value - current.Mean!.Value) < 1e-9
                   && Math.Abs((100 * previous.TopBox!.Share) + v.TopBoxPoints!.Value - (100 * current.TopBox!.Share)) < 1e-9
                   && Math.Abs((100 * previous.BottomBox!.Share) + v.BottomBoxPoints!.Value - (100 * current.BottomBox!.Share)) < 1e-9
                   && v.TopBoxPoints == -back.TopBoxPoints && v.MeanDelta == -back.MeanDelta && v.NpsPoints is null;
        }, iter: 3000);

    [Test]
    public void Variation_OfHandComputedYears_GivesPoints()
    {
        // This year 27 of 40 in the top box (67.5 %), last year 18 of 30 (60 %): +7.5 points. Bottom 4/40 vs 6/30: −10 points.
        var current = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(scores: new() { [7] = 27, [5] = 9, [2] = 4 }));
        var previous = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(scores: new() { [6] = 18, [5] = 6, [1] = 6 }));
        var v = SurveyStatistics.Variation(current, previous);
        Assert.Multiple(() =>
        {
            Assert.That(v.TopBoxPoints, Is.EqualTo(7.5).Within(1e-9));
            Assert.That(v.BottomBoxPoints, Is.EqualTo(-10).Within(1e-9));
            // Means: (189 + 45 + 8)/40 = 6.05; (108 + 30 + 6)/30 = 4.8.
            Assert.That(v.MeanDelta, Is.EqualTo(1.25).Within(1e-9));
            Assert.That(v.NpsPoints, Is.Null);
        });
    }

    [Test]
    public void Variation_WhenLastYearHasNoAnswers_IsNull()
    {
        var current = SurveyStatistics.Summarise(ResultItemKind.Scale1To7, Counts(scores: new() { [7] = 3 }));
        var v = SurveyStatistics.Variation(current, SurveyStatistics.Summarise(ResultItemKind.Scale1To7, new ItemCounts()));
        Assert.That(new[] { v.MeanDelta, v.TopBoxPoints, v.BottomBoxPoints, v.NpsPoints }, Is.All.Null);
    }

    private static ItemCounts Counts(Dictionary<int, int>? scores = null, int yes = 0, int no = 0, int texts = 0)
    {
        var counts = new ItemCounts { Yes = yes, No = no, Texts = texts };
        foreach (var (score, count) in scores ?? [])
        {
            counts.Scores[score] = count;
        }

        return counts;
    }

    private static ItemCounts Counts(int[] byScore, int first)
    {
        var counts = new ItemCounts();
        for (var k = 0; k < byScore.Length; k++)
        {
            counts.Scores[first + k] = byScore[k];
        }

        return counts;
    }
}
