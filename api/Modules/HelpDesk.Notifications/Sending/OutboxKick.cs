namespace HelpDesk.Notifications.Sending;

/// <summary>Wakes the in-process dispatcher after an email is queued, so it goes out within seconds, not at the next poll.</summary>
internal interface IOutboxKick
{
    void Kick();
}

internal sealed class OutboxKick : IOutboxKick, IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Kick()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent caller.
            }
        }
    }

    public void Dispose() => signal.Dispose();

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => signal.WaitAsync(timeout, ct);
}
