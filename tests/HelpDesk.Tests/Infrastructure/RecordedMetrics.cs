using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using HelpDesk.Shared.Telemetry;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>What the product's instruments record while it lives (a MeterListener on the meter "HelpDesk").</summary>
internal sealed class RecordedMetrics : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> all = new();

    public RecordedMetrics()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == HelpDeskMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => all.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => all.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
    }

    public List<double> Values(string instrument) => [.. all.Where(m => m.Instrument == instrument).Select(m => m.Value)];

    public double Sum(string instrument, (string Name, string Value) tag) =>
        all.Where(m => m.Instrument == instrument && m.Tags.Any(t => t.Key == tag.Name && Equals(t.Value, tag.Value))).Sum(m => m.Value);

    public void Dispose() => listener.Dispose();
}
