using CsCheck;
using HelpDesk.Surveys.Campaigns;

namespace HelpDesk.Tests.Surveys;

/// <summary>The stratified allocation (largest remainder): by hand, and as properties over many random cases.</summary>
public sealed class CampaignAllocationTests
{
    [TestCase(20, new[] { 60, 30, 10 }, new[] { 12, 6, 2 })]
    [TestCase(7, new[] { 60, 30, 10 }, new[] { 4, 2, 1 })]
    [TestCase(10, new[] { 30, 10 }, new[] { 8, 2 })]
    [TestCase(1, new[] { 1, 1, 1 }, new[] { 1, 0, 0 })]
    [TestCase(2, new[] { 5, 0, 5 }, new[] { 1, 0, 1 })]
    [TestCase(100, new[] { 100 }, new[] { 100 })]
    [TestCase(0, new[] { 3, 4 }, new[] { 0, 0 })]
    public void Allocate_ByHand_MatchesTheLargestRemainderMethod(int sample, int[] sizes, int[] expected)
    {
        Assert.That(StratifiedAllocation.Allocate(sample, sizes), Is.EqualTo(expected));
    }

    private static readonly Gen<(int Sample, int[] Sizes)> Cases =
        Gen.Int[0, 2_000_000].Array[1, 40]
            .Where(sizes => sizes.Sum(s => (long)s) > 0)
            .SelectMany(sizes => Gen.Int[0, (int)Math.Min(int.MaxValue, sizes.Sum(s => (long)s))].Select(n => (n, sizes)));

    [Test]
    public void Allocate_AddsUpToTheSample_AndEachStratumIsWithinOneOfItsProportionalShare()
    {
        Cases.Sample(c =>
        {
            var allocation = StratifiedAllocation.Allocate(c.Sample, c.Sizes);
            var total = c.Sizes.Sum(s => (decimal)s);
            return allocation.Sum(a => (long)a) == c.Sample
                && allocation.Select((a, h) => Math.Abs(a - c.Sample * (decimal)c.Sizes[h] / total)).All(d => d < 1m)
                && allocation.Select((a, h) => a >= 0 && a <= c.Sizes[h]).All(ok => ok);
        }, iter: 5_000);
    }

    [Test]
    public void Allocate_GivesThePlacesLeftToTheLargestRemainders()
    {
        // A stratum that got a place above its floor never has a smaller fractional part than one that did not.
        Cases.Sample(c =>
        {
            var allocation = StratifiedAllocation.Allocate(c.Sample, c.Sizes);
            var total = c.Sizes.Sum(s => (long)s);
            var remainders = c.Sizes.Select(s => (long)c.Sample * s % total).ToArray();
            var extra = allocation.Select((a, h) => a > (long)c.Sample * c.Sizes[h] / total).ToArray();
            return Enumerable.Range(0, c.Sizes.Length).All(h => !extra[h]
                || Enumerable.Range(0, c.Sizes.Length).All(g => extra[g] || remainders[h] >= remainders[g]));
        }, iter: 5_000);
    }

    [Test]
    public void Allocate_WhenAShareIsWhole_GivesExactlyThatShare()
    {
        // A proportional share with no remainder is never rounded away from.
        Gen.Select(Gen.Int[1, 1_000].Array[1, 20], Gen.Int[1, 20]).Sample((sizes, k) =>
        {
            var scaled = sizes.Select(s => s * k).ToArray();
            return StratifiedAllocation.Allocate(sizes.Sum(), scaled).SequenceEqual(sizes);
        }, iter: 2_000);
    }
}
