namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// Proportional allocation of a sample over strata by the largest-remainder (Hamilton) method. Stratum h of N_h
/// customers out of N gets the quota q_h = n·N_h/N; each first gets ⌊q_h⌋, and the n − Σ⌊q_h⌋ places left go one each
/// to the strata with the largest fractional parts q_h − ⌊q_h⌋ (ties: the larger stratum, then the earlier one in the
/// given order, so the result is deterministic). So the sizes add up to n exactly, and each differs from its exact
/// proportional share by less than 1. Computed in integers (n·N_h fits a long), so no rounding error decides a tie.
/// </summary>
internal static class StratifiedAllocation
{
    /// <param name="sampleSize">n, at most the total of <paramref name="stratumSizes"/>.</param>
    /// <param name="stratumSizes">N_h for each stratum, all at least 0.</param>
    public static int[] Allocate(int sampleSize, IReadOnlyList<int> stratumSizes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleSize);
        if (stratumSizes.Any(s => s < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(stratumSizes), "Stratum sizes cannot be negative.");
        }

        long total = stratumSizes.Sum(s => (long)s);
        if (sampleSize > total)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize), $"A sample of {sampleSize} from {total} customers.");
        }

        var allocation = new int[stratumSizes.Count];
        if (sampleSize == 0)
        {
            return allocation;
        }

        // q_h = n·N_h / N = floor + remainder/N.
        var remainders = new long[stratumSizes.Count];
        long given = 0;
        for (var h = 0; h < stratumSizes.Count; h++)
        {
            var scaled = (long)sampleSize * stratumSizes[h];
            allocation[h] = (int)(scaled / total);
            remainders[h] = scaled % total;
            given += allocation[h];
        }

        var order = Enumerable.Range(0, stratumSizes.Count)
            .OrderByDescending(h => remainders[h]).ThenByDescending(h => stratumSizes[h]).ThenBy(h => h);
        foreach (var h in order.Take((int)(sampleSize - given)))
        {
            allocation[h]++;
        }

        return allocation;
    }
}
