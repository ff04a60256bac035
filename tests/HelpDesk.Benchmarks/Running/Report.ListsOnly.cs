using System.Text;

namespace HelpDesk.Benchmarks.Running;

/// <summary>
/// The report of a --lists-only run (tests/HelpDesk.Benchmarks/SCALE-20M.md), written as one section that BENCHMARKS.md
/// embeds: what the database holds and what it lacks, then the queue, filtered list and search rows.
/// </summary>
internal sealed partial class Report
{
    private string ListsOnlyMarkdown()
    {
        var g = Generated;
        var gb = (string key) => Sizes.GetValueOrDefault(key) / 1024.0 / 1024 / 1024;
        var size = options.Tickets % 1_000_000 == 0 ? $"{options.Tickets / 1_000_000:N0} million" : $"{options.Tickets:N0}";
        var sb = new StringBuilder();
        sb.AppendLine(Inv, $"## {size} tickets (queue and search)");
        sb.AppendLine();
        sb.Append(Inv, $"Written by `./helpdesk bench --tickets {options.Tickets} --lists-only` (tests/HelpDesk.Benchmarks, into SCALE-{options.SizeName}.md) ")
            .AppendLine(Inv, $"on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; the run took {Elapsed.TotalMinutes:0.0} minutes.");
        sb.AppendLine();
        sb.Append(Inv, $"**A lists-only database.** A full database of this size would need about {options.Tickets / 1_000_000.0 * 5.5:0} GB ")
            .AppendLine("(5.5 GB per million tickets, most of it timeline events and SLA clocks); at 20 million that is more than this machine's free disk. "
                           + "`--lists-only` makes the same ticket stories as the full generator (same seed, same tickets, same data digest) but writes only "
                           + "what the queue list, the filtered list and the search read: `customers.customers` and `tickets.tickets` with their numbers, search "
                           + "vectors (including the words of the public messages, as the product computes them), status, assignee, topic, area and SLA view "
                           + "(`sla_due_at`, `sla_warn_at`, `sla_state`, as the clocks would set them at the end of the history). Timeline events, messages, escalation legs, "
                           + "SLA clocks, verifications and ticket areas are not written. What that means:");
        sb.AppendLine();
        sb.AppendLine("- The three measured requests read only `tickets.tickets` (ListTickets), so their queries and plans run over a tickets table and indexes of the full size.");
        sb.Append(Inv, $"- The rest of a full database is not there to compete for memory: the whole database is {gb("database bytes"):0.0} GB (tickets with indexes {gb("tickets bytes"):0.0} GB) ")
            .Append(Inv, $"for {MemoryGb():0} GB of memory, where a full one would add ~{options.Tickets / 1_000_000.0 * 4:0} GB of events, clocks and messages read by the ticket page and the jobs. ")
            .AppendLine("Pages of the tickets table would be evicted more often there, so these figures lean optimistic for cold reads.");
        sb.AppendLine("- No SLA clocks exist, so the app's minute breach check has nothing to do during the run (in a full database it would add its load).");
        sb.AppendLine("- Not measured at this size: ticket page, area inbox, SLA breach check and ticket creation (they need the missing tables); their 1,000,000-ticket figures are above.");
        sb.AppendLine();
        sb.AppendLine("### Machine");
        sb.AppendLine();
        AppendMachine(sb);
        sb.AppendLine();
        sb.AppendLine("### Data");
        sb.AppendLine();
        if (g is not null)
        {
            sb.AppendLine(Inv, $"- {g.Tickets:N0} tickets over {options.Months} months ({g.Start:yyyy-MM-dd} to {g.Until:yyyy-MM-dd}), {g.Customers:N0} customers, seed {options.Seed}, data digest `{g.Digest}`");
            sb.Append(Inv, $"- generated in {g.TotalTime.TotalMinutes:0.0} min: stories and COPY {g.CopyTime.TotalSeconds:0} s ({g.Tickets / g.CopyTime.TotalSeconds:N0} tickets/s), ")
                .AppendLine(Inv, $"index rebuild {g.IndexTime.TotalSeconds:0} s, VACUUM ANALYZE {g.AnalyzeTime.TotalSeconds:0} s, checks (tickets' customers, numbers, search vectors' ticket text) the rest");
            sb.AppendLine(Inv, $"- open backlog: about {options.OpenBacklog:N0} of the most recent tickets' stories stop before the answer (--open-backlog), as in the full generator");
            foreach (var note in g.Notes)
            {
                sb.AppendLine(Inv, $"- {note}");
            }
        }

        sb.AppendLine(Inv, $"- rows: tickets.tickets {Count("tickets.tickets")}, customers.customers {Count("customers.customers")}, open tickets {Count("open tickets")} (the recent backlog plus older tickets the stories leave waiting on the customer, about 1 % of all)");
        sb.AppendLine(Inv, $"- database {gb("database bytes"):0.0} GB: tickets.tickets with its indexes {gb("tickets bytes"):0.0} GB, customers.customers {gb("customers bytes"):0.0} GB");
        sb.AppendLine();
        sb.AppendLine("### Results");
        sb.AppendLine();
        sb.AppendLine(Inv, $"Open-loop at a fixed rate as in the 1M run (latency from each request's intended send time), {options.ReadDuration.TotalSeconds:0} s each after {options.Warmup.TotalSeconds:0} s of warm-up.");
        sb.AppendLine();
        sb.Append(Table());
        foreach (var note in Notes)
        {
            sb.AppendLine();
            sb.AppendLine(note);
        }

        return sb.ToString();
    }
}
