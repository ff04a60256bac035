namespace HelpDesk.Benchmarks.Generator;

/// <summary>
/// Hands chunks from the producers to the writers: producers take the next chunk number while fewer than
/// <c>inFlight</c> chunks wait in memory; every writer takes the chunks in order; a chunk every writer has sent is
/// reused. Waits on the lock do not spin: SemaphoreSlim did, with ~130 sched_yield calls per wait, on the two cores
/// PostgreSQL needed.
/// </summary>
internal sealed class ChunkGate(int writers, int inFlight)
{
    private static readonly TimeSpan CancelCheck = TimeSpan.FromMilliseconds(200);
    private readonly object sync = new();
    private readonly Dictionary<int, Chunk> ready = [];
    private readonly Dictionary<int, int> unsent = [];
    private readonly Stack<Chunk> spare = new();
    private int next;
    private int held;

    /// <summary>A (reused) chunk for the next number, or null when all are made.</summary>
    public Chunk? NextToMake(int chunks, CancellationToken ct)
    {
        lock (sync)
        {
            while (held >= inFlight && next < chunks)
            {
                Wait(ct);
            }

            if (next >= chunks)
            {
                return null;
            }

            held++;
            var k = next++;
            return spare.TryPop(out var chunk) ? chunk.Reset(k) : new Chunk().Reset(k);
        }
    }

    public void Made(Chunk chunk)
    {
        lock (sync)
        {
            unsent[chunk.Index] = writers;
            ready[chunk.Index] = chunk;
            Monitor.PulseAll(sync);
        }
    }

    public Chunk WaitFor(int k, CancellationToken ct)
    {
        lock (sync)
        {
            Chunk? chunk;
            while (!ready.TryGetValue(k, out chunk))
            {
                Wait(ct);
            }

            return chunk;
        }
    }

    public void Written(Chunk chunk)
    {
        lock (sync)
        {
            if (--unsent[chunk.Index] == 0)
            {
                unsent.Remove(chunk.Index);
                ready.Remove(chunk.Index);
                spare.Push(chunk);
                held--;
                Monitor.PulseAll(sync);
            }
        }
    }

    private void Wait(CancellationToken ct)
    {
        Monitor.Wait(sync, CancelCheck);
        ct.ThrowIfCancellationRequested();
    }
}
