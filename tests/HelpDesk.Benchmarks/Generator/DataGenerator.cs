using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace HelpDesk.Benchmarks.Generator;

/// <param name="ListsOnly">Write only customers and tickets: the stories are made in full (same tickets, same digest), their
/// events, messages, legs, clocks, ticket areas and verifications are dropped.</param>
internal sealed record GeneratorOptions(long Tickets, int Months, ulong Seed, DateTimeOffset Until, bool VerifyAll, long OpenBacklog = 0, bool ListsOnly = false);

/// <summary>What the generator made, for the report and for the measurements (which tickets, customers, words exist).</summary>
internal sealed record GeneratedData(
    long Tickets, long Customers, long Events, long Messages, long Legs, long Verifications, string Digest,
    TimeSpan CopyTime, TimeSpan IndexTime, TimeSpan AnalyzeTime, TimeSpan TotalTime, DateTimeOffset Start, DateTimeOffset Until,
    IReadOnlyList<string> Notes)
{
    /// <summary>CPU of the generator and the PostgreSQL server during COPY, per ticket (NaN when the server's is unknown):
    /// steadier than the rate on a shared machine.</summary>
    public double CopyCpuMicrosecondsPerTicket { get; init; } = double.NaN;
}

/// <summary>
/// Fills a migrated, demo-seeded database with a realistic help desk's history through binary COPY, one COPY per table in
/// a transaction that truncates the (empty) table first (no WAL with LoadSettings; rows written frozen). Secondary indexes,
/// primary and unique keys, the foreign keys that reference them and CHECK constraints are dropped for the load and added
/// back from their own definitions afterwards (faster than maintaining them row by row; adding a constraint back checks every row);
/// the other foreign keys' triggers are skipped for the COPY sessions (session_replication_role = replica) and checked
/// after the load instead. Then ticket-number sequences, VACUUM ANALYZE and a check of the search vectors
/// against the product's SQL expression.
/// </summary>
internal sealed class DataGenerator(NpgsqlDataSource db, GeneratorOptions options, Action<string> log)
{
    /// <summary>One line per clock kind (stopped and breached share; open ones by state), for the report.</summary>
    public List<string> SlaStats { get; } = [];

    /// <summary>Tables the generator fills in bulk (their secondary indexes are rebuilt).</summary>
    private static readonly string[] BulkTables =
        ["tickets.tickets", "tickets.events", "tickets.messages", "tickets.ticket_areas", "escalation.legs", "customers.customers", "customers.verifications", "sla.clocks"];

    private const string PasswordSourceEmail = "admin@helpdesk.test";

    /// <summary>
    /// Server settings for the cluster while it is loaded: with minimal WAL, the tables truncated and filled in one
    /// transaction (FreshTableCopy) write no WAL. Bench restarts the cluster with the normal settings before measuring.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LoadSettings = new Dictionary<string, string>
    {
        ["wal_level"] = "minimal",
        ["max_wal_senders"] = "0",
    };

    public async Task<GeneratedData> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var until = options.Until;
        var start = until.AddMonths(-options.Months);
        var notes = new List<string>();
        var world = await BuildWorldAsync(start, until, ct);
        log($"generator: {options.Tickets:N0} tickets over {options.Months} months ({start:yyyy-MM-dd} to {until:yyyy-MM-dd}), {world.Customers.Length:N0} customers, seed {options.Seed}");

        var (references, keys) = await DropKeysAsync(ct);
        var dropped = await DropSecondaryIndexesAsync(ct);
        var checks = await DropChecksAsync(ct);
        var server = await ServerCpu.FindAsync(db, ct);
        var serverBefore = server?.Seconds() ?? 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        var copy = Stopwatch.StartNew();
        var (digest, counts) = await CopyAllAsync(world, ct);
        copy.Stop();
        var generatorCpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuBefore;
        var serverCpu = server is null ? double.NaN : server.Seconds() - serverBefore;
        var cpuPerTicket = (generatorCpu + serverCpu) * 1e6 / options.Tickets;
        log($"generator: data digest {digest}");
        log($"generator: COPY done in {copy.Elapsed.TotalSeconds:0.0} s ({options.Tickets / copy.Elapsed.TotalSeconds:N0} tickets/s; {counts.Events:N0} events, {counts.Messages:N0} messages, {counts.Legs:N0} legs, {counts.Clocks:N0} SLA clocks; " +
            $"generator process CPU {generatorCpu:0.0} s" +
            (server is null ? ")" : $", PostgreSQL CPU {serverCpu:0.0} s, {cpuPerTicket:0} µs CPU per ticket)"));

        var indexes = Stopwatch.StartNew();
        await RecreateIndexesAsync([.. keys, .. dropped, .. checks], ct);
        // The foreign keys last: adding one checks every row against the key it references.
        await RecreateIndexesAsync(references, ct);
        indexes.Stop();
        log($"generator: {dropped.Count} indexes, {keys.Count} keys, {references.Count} foreign keys and the CHECK constraints of {checks.Count} tables rebuilt in {indexes.Elapsed.TotalSeconds:0.0} s");

        await SetNumberSequencesAsync(world, ct);
        // The events' identity back as the schema has it, its sequence after the numbers the generator gave.
        await ExecuteAsync("""
            ALTER TABLE tickets.events ALTER COLUMN seq SET GENERATED ALWAYS;
            SELECT setval(pg_get_serial_sequence('tickets.events', 'seq'), max(seq)) FROM tickets.events;
            """, ct);
        // Surveys after the tickets they follow: set-based SQL over tickets and customers (so also with --lists-only).
        var surveys = await new SurveyHistory(db, options, log).RunAsync(ct);
        notes.Add(surveys.Note);

        var analyze = Stopwatch.StartNew();
        await ExecuteAsync("VACUUM (ANALYZE)", ct, timeout: 0);
        analyze.Stop();
        log($"generator: VACUUM (ANALYZE) in {analyze.Elapsed.TotalSeconds:0.0} s");

        await VerifyAsync(ct);
        notes.AddRange(SlaStats);
        total.Stop();
        return new GeneratedData(options.Tickets, world.Customers.Length, counts.Events, counts.Messages, counts.Legs, counts.Verifications, digest,
            copy.Elapsed, indexes.Elapsed, analyze.Elapsed, total.Elapsed, start, until, notes)
        {
            CopyCpuMicrosecondsPerTicket = cpuPerTicket,
        };
    }

    // ---- reference data, staff, partners, customers ------------------------------------------------------------

    private async Task<World> BuildWorldAsync(DateTimeOffset start, DateTimeOffset until, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var areas = new List<AreaInfo>();
        await using (var cmd = new NpgsqlCommand("SELECT id, code, name FROM directory.areas WHERE active ORDER BY code", connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                areas.Add(new AreaInfo(r.GetGuid(0), r.GetString(1), r.GetString(2)));
            }
        }

        var topics = new List<TopicInfo>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT t.id, t.code, t.area_id, t.parent_id, a.code FROM directory.topics t JOIN directory.areas a ON a.id = t.area_id
            WHERE t.active AND a.active ORDER BY t.code
            """, connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                topics.Add(new TopicInfo(r.GetGuid(0), r.GetString(1), r.GetGuid(2), r.IsDBNull(3) ? null : r.GetGuid(3), r.GetString(4)));
            }
        }

        if (areas.Count == 0 || topics.Count == 0 || topics.Any(t => !Texts.ByArea.ContainsKey(t.AreaCode)))
        {
            throw new InvalidOperationException("The generator needs the demo catalogue (start the app in demo mode first).");
        }

        var matrix = new Dictionary<Guid, MatrixInfo>();
        await using (var cmd = new NpgsqlCommand("SELECT topic_id, area_id, ola_minutes, next_area_id, next_to_manager FROM escalation.matrix WHERE ticket_type IS NULL", connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                matrix[r.GetGuid(0)] = new MatrixInfo(r.GetGuid(1), r.GetInt32(2), r.IsDBNull(3) ? null : r.GetGuid(3), r.GetBoolean(4));
            }
        }

        // The matrix row of a topic, else its parent's (as MatrixLookup does).
        var byTopic = new Dictionary<Guid, MatrixInfo>();
        foreach (var t in topics)
        {
            if (matrix.TryGetValue(t.Id, out var m) || (t.ParentId is { } p && matrix.TryGetValue(p, out m)))
            {
                byTopic[t.Id] = m;
            }
        }

        var rng = new Rng(options.Seed, 1);
        var staffStart = start.AddDays(-30);
        var demo = new List<StaffUser>();
        await using (var cmd = new NpgsqlCommand("""
            SELECT u.id, u.email, u.display_name, u.roles, coalesce(array_agg(ua.area_id) FILTER (WHERE ua.area_id IS NOT NULL), '{}')
            FROM directory.users u LEFT JOIN directory.user_areas ua ON ua.user_id = u.id
            WHERE u.email LIKE '%@helpdesk.test' GROUP BY u.id ORDER BY u.email
            """, connection))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                demo.Add(new StaffUser(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<string[]>(3), r.GetFieldValue<Guid[]>(4)));
            }
        }

        // Staff of a department of Comfama's size: 400 front-line agents, a back office, three responders per area.
        var scale = Math.Clamp(options.Tickets / 1_000_000.0, 0.05, 1.0);
        var generated = new List<StaffUser>();
        StaffUser NewUser(string prefix, int n, string[] roles, Guid[] areasOf)
        {
            var name = $"{rng.Pick(Texts.FirstNames)} {rng.Pick(Texts.LastNames)}";
            return new StaffUser(rng.UuidV7(staffStart), $"{prefix}{n:D4}@bench.helpdesk.test", name, roles, areasOf);
        }

        var agents = (int)Math.Max(10, 400 * scale);
        for (var i = 1; i <= agents; i++)
        {
            generated.Add(NewUser("agente", i, ["agent"], []));
        }

        for (var i = 1; i <= Math.Max(3, agents / 10); i++)
        {
            generated.Add(NewUser("escrita", i, ["backoffice", "agent"], []));
        }

        foreach (var area in areas)
        {
            for (var i = 1; i <= 3; i++)
            {
                generated.Add(NewUser($"{area.Code.ToLowerInvariant()}", i, ["area_responder"], [area.Id]));
            }
        }

        var partners = new[] { "Portal Empresas", "Red de Corresponsales", "Aliado Recaudos" }
            .Select(n => (Id: rng.UuidV7(staffStart), Name: n)).ToArray();
        await InsertStaffAndPartnersAsync(connection, generated, partners, staffStart, ct);

        var all = demo.Concat(generated).ToList();
        var customers = MakeCustomers(start, out var customerPieces);
        var vectors = await SearchVectors.LoadAsync(db, Texts.AllPieces(), ct);
        foreach (var c in customers)
        {
            for (var k = 0; k < c.NamePieces.Length; k++)
            {
                c.NamePieces[k] = vectors.PieceId(customerPieces[c.NamePieces[k]]);
            }
        }

        var time = new TimeModel(start, until, options.Tickets, options.Seed);
        var firstOfYear = new Dictionary<int, long>();
        for (var year = TimeModel.LocalYear(start); year <= TimeModel.LocalYear(until); year++)
        {
            firstOfYear[year] = time.FirstOfYear(year);
        }

        var world = new World
        {
            Seed = options.Seed,
            TicketCount = options.Tickets,
            Start = start,
            Until = until,
            Time = time,
            Vectors = vectors,
            Areas = [.. areas],
            Topics = [.. topics],
            MatrixByTopic = byTopic,
            FrontLine = [.. all.Where(u => u.Roles.Contains("agent") && !u.Roles.Contains("backoffice") && !u.Roles.Contains("admin"))],
            BackOffice = [.. all.Where(u => u.Roles.Contains("backoffice"))],
            RespondersByArea = areas.ToDictionary(a => a.Id, a => all.Where(u => u.Roles.Contains("area_responder") && u.AreaIds.Contains(a.Id)).ToArray()),
            Partners = partners,
            Customers = customers,
            FirstTicketOfYear = firstOfYear,
            Sla = await SlaModel.LoadAsync(connection, start, until, ct),
            // 95 % of the most recent tickets stall (none is answered at first contact): the window that leaves about
            // OpenBacklog open.
            BacklogFrom = options.OpenBacklog > 0 ? Math.Max(0, options.Tickets - (long)(options.OpenBacklog / 0.95)) : long.MaxValue,
        };
        world.Prepare();
        return world;
    }

    private static async Task InsertStaffAndPartnersAsync(NpgsqlConnection connection, List<StaffUser> staff, (Guid Id, string Name)[] partners, DateTimeOffset at, CancellationToken ct)
    {
        // Same password as the demo users (Cafe-de-Colombia-2026), so the benchmark can sign in as any of them.
        await using var cmd = new NpgsqlCommand("""
            INSERT INTO directory.users (id, email, display_name, password_hash, roles, active, security_stamp, created_at, updated_at)
            SELECT s.id, s.email, s.name, (SELECT password_hash FROM directory.users WHERE email = @Source), string_to_array(s.roles, ','), true, s.id, @At, @At
            FROM unnest(@Ids, @Emails, @Names, @Roles) AS s(id, email, name, roles);
            INSERT INTO directory.user_areas (user_id, area_id) SELECT * FROM unnest(@AreaUsers, @AreaIds);
            INSERT INTO directory.partners (id, name, created_at) SELECT *, @At FROM unnest(@PartnerIds, @PartnerNames);
            """, connection);
        cmd.Parameters.AddWithValue("Source", PasswordSourceEmail);
        cmd.Parameters.AddWithValue("At", at);
        cmd.Parameters.AddWithValue("Ids", staff.Select(s => s.Id).ToArray());
        cmd.Parameters.AddWithValue("Emails", staff.Select(s => s.Email).ToArray());
        cmd.Parameters.AddWithValue("Names", staff.Select(s => s.Name).ToArray());
        cmd.Parameters.AddWithValue("Roles", staff.Select(s => string.Join(',', s.Roles)).ToArray());
        cmd.Parameters.AddWithValue("AreaUsers", staff.SelectMany(s => s.AreaIds.Select(_ => s.Id)).ToArray());
        cmd.Parameters.AddWithValue("AreaIds", staff.SelectMany(s => s.AreaIds).ToArray());
        cmd.Parameters.AddWithValue("PartnerIds", partners.Select(p => p.Id).ToArray());
        cmd.Parameters.AddWithValue("PartnerNames", partners.Select(p => p.Name).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One customer per four tickets (capped): mostly affiliated workers (CC), some employers (NIT).</summary>
    private CustomerInfo[] MakeCustomers(DateTimeOffset start, out string[] pieces)
    {
        var count = (int)Math.Clamp(options.Tickets / 4, 50, 2_500_000);
        var rng = new Rng(options.Seed, 2);
        pieces = [.. Texts.FirstNames.Concat(Texts.LastNames).Concat(Texts.CompanyWords)];
        var firstBase = 0;
        var lastBase = Texts.FirstNames.Length;
        var companyBase = lastBase + Texts.LastNames.Length;
        string[] regions = ["Antioquia", "Cundinamarca", "Valle del Cauca", "Atlántico", "Santander", "Risaralda"];
        string[] segments = ["categoria_a", "categoria_b", "categoria_c", "empresa_pyme", "empresa_grande"];
        var customers = new CustomerInfo[count];
        for (var j = 0; j < count; j++)
        {
            var createdAt = start.AddMinutes(-rng.Between(60, 3 * 365 * 1440));
            createdAt = new DateTimeOffset(createdAt.Ticks - (createdAt.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
            var employer = rng.Chance(0.08);
            var l1 = rng.Next(Texts.LastNames.Length);
            var l2 = rng.Next(Texts.LastNames.Length);
            string name;
            int[] namePieces;
            string? email;
            if (employer)
            {
                var c = rng.Next(Texts.CompanyWords.Length);
                name = $"{Texts.CompanyWords[c]} {Texts.LastNames[l1]} {Texts.LastNames[l2]}";
                namePieces = [companyBase + c, lastBase + l1, lastBase + l2];
                email = $"contacto{j}@{Ascii(Texts.LastNames[l1])}{Ascii(Texts.LastNames[l2])}.example.com";
            }
            else
            {
                var f = rng.Next(Texts.FirstNames.Length);
                name = $"{Texts.FirstNames[f]} {Texts.LastNames[l1]} {Texts.LastNames[l2]}";
                namePieces = [firstBase + f, lastBase + l1, lastBase + l2];
                email = rng.Chance(0.75) ? $"{Ascii(Texts.FirstNames[f])}.{Ascii(Texts.LastNames[l1])}{j}@example.com" : null;
            }

            var kind = employer ? "employer" : rng.Chance(0.85) ? "affiliate" : rng.Chance(0.8) ? "non_affiliate" : "provider";
            customers[j] = new CustomerInfo(
                rng.UuidV7(createdAt),
                employer ? "NIT" : "CC",
                employer ? (800_000_000 + j).ToString(System.Globalization.CultureInfo.InvariantCulture) : (10_000_000 + (j * 7L)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                name, namePieces, email,
                "3" + rng.Between(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                rng.Pick(Texts.Cities), kind, rng.Pick(regions),
                employer ? rng.Pick(["micro", "small", "medium", "large"]) : null,
                employer ? rng.Pick(segments[3..]) : rng.Pick(segments[..3]),
                createdAt);
        }

        return customers;
    }

    private static string Ascii(string s)
    {
        var normalized = s.Normalize(System.Text.NormalizationForm.FormD);
        return new string([.. normalized.Where(c => char.IsAsciiLetterOrDigit(c))]).ToLowerInvariant();
    }

    // ---- indexes -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Drops the bulk tables' primary and unique keys, and first the foreign keys that reference them, for the load:
    /// inserting every row into the key indexes was a quarter of PostgreSQL's CPU during COPY; built afterwards from the
    /// sorted rows they cost a fraction. Returns the statements that add them back.
    /// </summary>
    private async Task<(List<(string Name, string Definition)> References, List<(string Name, string Definition)> Keys)> DropKeysAsync(CancellationToken ct)
    {
        var references = new List<(string Table, string Name, string Definition)>();
        var keys = new List<(string Table, string Name, string Definition)>();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand("""
            SELECT k.contype = 'f', format('%I.%I', n.nspname, c.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid)
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class f ON f.oid = k.confrelid LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
            WHERE (k.contype IN ('p', 'u') AND format('%s.%s', n.nspname, c.relname) = ANY(@Tables))
               OR (k.contype = 'f' AND format('%s.%s', fn.nspname, f.relname) = ANY(@Tables))
            ORDER BY 2, 3
            """, connection))
        {
            cmd.Parameters.AddWithValue("Tables", BulkTables);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                (r.GetBoolean(0) ? references : keys).Add((r.GetString(1), r.GetString(2), r.GetString(3)));
            }
        }

        foreach (var (table, name, _) in references.Concat(keys))
        {
            await using var drop = new NpgsqlCommand($"ALTER TABLE {table} DROP CONSTRAINT {name}", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }

        static List<(string, string)> AddBack(List<(string Table, string Name, string Definition)> list) =>
            [.. list.Select(k => (k.Name, $"ALTER TABLE {k.Table} ADD CONSTRAINT {k.Name} {k.Definition}"))];
        return (AddBack(references), AddBack(keys));
    }

    /// <summary>
    /// Drops the bulk tables' CHECK constraints for the load; returns one statement per table that adds them all back
    /// (PostgreSQL checks every row against all of them in one pass over the table).
    /// </summary>
    private async Task<List<(string Name, string Definition)>> DropChecksAsync(CancellationToken ct)
    {
        var checks = new List<(string Table, string Name, string Definition)>();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand("""
            SELECT format('%I.%I', n.nspname, c.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid)
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'c' AND format('%s.%s', n.nspname, c.relname) = ANY(@Tables)
            ORDER BY 1, 2
            """, connection))
        {
            cmd.Parameters.AddWithValue("Tables", BulkTables);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                checks.Add((r.GetString(0), r.GetString(1), r.GetString(2)));
            }
        }

        foreach (var (table, name, _) in checks)
        {
            await using var drop = new NpgsqlCommand($"ALTER TABLE {table} DROP CONSTRAINT {name}", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }

        return [.. checks.GroupBy(k => k.Table).Select(g => ($"{g.Key} checks",
            $"ALTER TABLE {g.Key} {string.Join(", ", g.Select(k => $"ADD CONSTRAINT {k.Name} {k.Definition}"))}"))];
    }

    private async Task<List<(string Name, string Definition)>> DropSecondaryIndexesAsync(CancellationToken ct)
    {
        var dropped = new List<(string, string)>();
        await using var connection = await db.OpenConnectionAsync(ct);
        await using (var cmd = new NpgsqlCommand("""
            SELECT format('%I.%I', n.nspname, ic.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE format('%s.%s', n.nspname, c.relname) = ANY(@Tables)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
            ORDER BY pg_relation_size(c.oid) DESC, 1
            """, connection))
        {
            cmd.Parameters.AddWithValue("Tables", BulkTables);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                dropped.Add((r.GetString(0), r.GetString(1)));
            }
        }

        foreach (var (name, _) in dropped)
        {
            await using var drop = new NpgsqlCommand($"DROP INDEX {name}", connection);
            await drop.ExecuteNonQueryAsync(ct);
        }

        return dropped;
    }

    /// <summary>Rebuilds the dropped indexes (or keys) from their definitions, two at a time, biggest first.</summary>
    private async Task RecreateIndexesAsync(List<(string Name, string Definition)> dropped, CancellationToken ct)
    {
        var queue = new ConcurrentQueue<(string Name, string Definition)>(
            dropped.OrderByDescending(d => d.Definition.Contains("tickets.events", StringComparison.Ordinal) ? 3 : d.Definition.Contains("USING gin", StringComparison.Ordinal) ? 2 : 1));
        async Task Worker()
        {
            await using var connection = await db.OpenConnectionAsync(ct);
            await using (var set = new NpgsqlCommand("SET maintenance_work_mem = '1GB'; SET max_parallel_maintenance_workers = 1", connection))
            {
                await set.ExecuteNonQueryAsync(ct);
            }

            while (queue.TryDequeue(out var index))
            {
                var watch = Stopwatch.StartNew();
                await using var create = new NpgsqlCommand(index.Definition, connection) { CommandTimeout = 0 };
                await create.ExecuteNonQueryAsync(ct);
                log($"generator:   {index.Name} {watch.Elapsed.TotalSeconds:0.0} s");
            }
        }

        await Task.WhenAll(Worker(), Worker());
    }

    // ---- COPY ------------------------------------------------------------------------------------------------------

    private sealed record Counts(long Events, long Messages, long Legs, long Verifications, long Clocks);

    private async Task<(string Digest, Counts Counts)> CopyAllAsync(World world, CancellationToken ct)
    {
        var chunks = (int)((options.Tickets + Chunk.ChunkSize - 1) / Chunk.ChunkSize);
        var writers = options.ListsOnly ? 1 : 7;
        // Producers make chunks in parallel; every writer takes them in chunk order, so each ticket's events keep their
        // order in tickets.events.seq. At most a few chunks wait in memory.
        var gate = new ChunkGate(writers, inFlight: 6);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);

        // Each part on its own thread; the first to fail stops the others (they would wait for its chunks forever).
        Task Start(Action body) => Task.Factory.StartNew(() =>
        {
            try
            {
                body();
            }
            catch
            {
                cancel.Cancel();
                throw;
            }
        }, cancel.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var producers = Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Start(() =>
        {
            var stories = new TicketStories(world);
            while (gate.NextToMake(chunks, cancel.Token) is { } chunk)
            {
                stories.Make(chunk);
                gate.Made(chunk);
            }
        })).ToArray();

        var digest = 0UL;
        long events = 0, messages = 0, legs = 0, verifications = 0, clocks = 0;
        long lastEventSeq;
        await using (var connection = await db.OpenConnectionAsync(ct))
        await using (var identity = new NpgsqlCommand("""
            ALTER TABLE tickets.events ALTER COLUMN seq SET GENERATED BY DEFAULT;
            SELECT coalesce(max(seq), 0) FROM tickets.events;
            """, connection))
        {
            lastEventSeq = (long)(await identity.ExecuteScalarAsync(ct))!;
        }

        var backendCpu = new double[writers];
        Array.Fill(backendCpu, double.NaN);

        // --lists-only: only the tickets' writer (slot 0) runs.
        Task Writer(int slot, string copySql, Action<CopyWriter, Chunk> write) => options.ListsOnly && slot != 0 ? Task.CompletedTask : Start(() =>
        {
            using var connection = db.OpenConnection();
            using (var set = new NpgsqlCommand("SET session_replication_role = replica", connection))
            {
                set.ExecuteNonQuery();
            }

            using var transaction = connection.BeginTransaction();
            using var importer = new CopyWriter(connection, FreshTableCopy(connection, copySql));
            for (var k = 0; k < chunks; k++)
            {
                var chunk = gate.WaitFor(k, cancel.Token);
                write(importer, chunk);
                gate.Written(chunk);
            }

            importer.Complete();
            transaction.Commit();
            backendCpu[slot] = ServerCpu.ProcessSeconds(connection.ProcessID);
        });

        var customersTask = Start(() => CopyCustomers(world));
        var tasks = new List<Task>
        {
            Writer(0, Chunk.TicketsCopy, (w, c) =>
            {
                digest = (digest * 1099511628211UL) ^ c.Digest;
                w.Send(c.Tickets);
            }),
            // One stream: a table filled in one transaction that truncated it needs no WAL. The generator numbers the events
            // (the identity is BY DEFAULT during the load), so each ticket's events keep their order in seq.
            Writer(1, Chunk.EventsCopy, (w, c) =>
            {
                events += c.EventCount;
                lastEventSeq = c.NumberEvents(lastEventSeq);
                w.Send(c.Events);
            }),
            Writer(2, Chunk.MessagesCopy, (w, c) =>
            {
                messages += c.MessageCount;
                w.Send(c.Messages);
            }),
            Writer(3, Chunk.LegsCopy, (w, c) =>
            {
                legs += c.LegCount;
                w.Send(c.Legs);
            }),
            Writer(4, Chunk.TicketAreasCopy, (w, c) => w.Send(c.TicketAreas)),
            Writer(5, Chunk.VerificationsCopy, (w, c) =>
            {
                verifications += c.VerificationCount;
                w.Send(c.Verifications);
            }),
            Writer(6, Chunk.ClocksCopy, (w, c) =>
            {
                clocks += c.ClockCount;
                w.Send(c.Clocks);
            }),
        };

        try
        {
            await Task.WhenAll(tasks.Concat(producers).Append(customersTask));
        }
        catch
        {
            await cancel.CancelAsync();
            throw;
        }

        string[] names = ["tickets", "events", "messages", "legs", "ticket areas", "verifications", "clocks"];
        log($"generator: PostgreSQL CPU by COPY (its connection's whole life): {string.Join(", ", backendCpu.Select((s, k) => $"{names[k]} {s:0.0} s").Where((_, k) => !double.IsNaN(backendCpu[k])))}");
        return (digest.ToString("x16", System.Globalization.CultureInfo.InvariantCulture), new Counts(events, messages, legs, verifications, clocks));
    }

    private void CopyCustomers(World world)
    {
        using var connection = db.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var importer = new CopyWriter(connection, FreshTableCopy(connection, """
            COPY customers.customers (id, document_type, document_number, full_name, email, phones, address, city, kind, region, company_size,
                economic_activity, segment, created_at, created_by, created_by_partner, updated_at) FROM STDIN (FORMAT BINARY)
            """));
        var rows = new CopyBuffer(importer.Columns, 1 << 20);
        foreach (var c in world.Customers)
        {
            if (rows.Length > (1 << 20) - 4096)
            {
                importer.Send(rows);
                rows.Clear();
            }

            rows.StartRow();
            rows.Uuid(c.Id);
            rows.Text(c.DocumentType);
            rows.Text(c.DocumentNumber);
            rows.Text(c.FullName);
            rows.Text(c.Email);
            rows.TextArray([c.Phone]);
            rows.Null();
            rows.Text(c.City);
            rows.Text(c.Kind);
            rows.Text(c.Region);
            rows.Text(c.CompanySize);
            rows.Null();
            rows.Text(c.Segment);
            rows.Time(c.CreatedAt);
            rows.Null();
            rows.Null();
            rows.Time(c.CreatedAt);
        }

        importer.Send(rows);
        importer.Complete();
        transaction.Commit();
    }

    /// <summary>
    /// In the COPY's transaction: an empty table (they all are, after the demo data) is truncated first, so the COPY writes
    /// its rows into a new file. With wal_level = minimal (LoadSettings) PostgreSQL then writes no WAL for them, and FREEZE
    /// writes them frozen and all-visible, so VACUUM has nothing left to do on them. A table with rows is filled as it is.
    /// </summary>
    private static string FreshTableCopy(NpgsqlConnection connection, string copySql)
    {
        var table = copySql.Trim()["COPY ".Length..copySql.Trim().IndexOf(' ', "COPY ".Length)];
        using var empty = new NpgsqlCommand($"SELECT NOT EXISTS (SELECT 1 FROM {table})", connection);
        if (!(bool)empty.ExecuteScalar()!)
        {
            return copySql;
        }

        using var truncate = new NpgsqlCommand($"TRUNCATE {table}", connection);
        truncate.ExecuteNonQuery();
        return copySql.Replace("(FORMAT BINARY)", "(FORMAT BINARY, FREEZE)", StringComparison.Ordinal);
    }

    // ---- after the load ---------------------------------------------------------------------------------------------

    /// <summary>The per-year number sequences tickets.next_number uses, set to the last generated number of each year.</summary>
    private async Task SetNumberSequencesAsync(World world, CancellationToken ct)
    {
        var years = world.FirstTicketOfYear.OrderBy(y => y.Key).ToList();
        for (var k = 0; k < years.Count; k++)
        {
            var (year, first) = years[k];
            var end = k + 1 < years.Count ? years[k + 1].Value : options.Tickets;
            if (end > first)
            {
                await ExecuteAsync($"CREATE SEQUENCE IF NOT EXISTS tickets.number_{year}; SELECT setval('tickets.number_{year}', {end - first})", ct);
            }
        }
    }

    /// <summary>
    /// The data is what the product would have written: references hold (those the schema does not declare), each year's
    /// numbers are 1..n, and the search vectors equal the product's SQL expression (all tickets in smoke mode, a sample otherwise).
    /// </summary>
    private async Task VerifyAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await db.OpenConnectionAsync(ct);
        async Task<long> Count(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            return (long)(await cmd.ExecuteScalarAsync(ct))!;
        }

        // The declared foreign keys (events, messages, ticket areas, legs, verifications) were checked by PostgreSQL
        // when DropKeysAsync's statements added them back; these are the references the schema does not declare.
        var fkChecks = new Dictionary<string, string>
        {
            ["SLA clocks without ticket"] = "SELECT count(*) FROM sla.clocks c WHERE NOT EXISTS (SELECT 1 FROM tickets.tickets t WHERE t.id = c.ticket_id)",
            ["SLA clocks of unknown legs or policies"] = "SELECT count(*) FROM sla.clocks c WHERE (c.leg_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM escalation.legs l WHERE l.id = c.leg_id AND l.due_at = c.due_at AND c.kind = 'ola')) OR (c.policy_version_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sla.policies p WHERE p.id = c.policy_version_id))",
            ["tickets without their two SLA clocks (every type matches a demo policy)"] = "SELECT count(*) FROM tickets.tickets t WHERE (SELECT count(*) FROM sla.clocks c WHERE c.ticket_id = t.id AND c.leg_id IS NULL) <> 2",
            ["legs without an answer clock"] = "SELECT count(*) FROM escalation.legs l WHERE NOT EXISTS (SELECT 1 FROM sla.clocks c WHERE c.leg_id = l.id)",
            ["running SLA clocks the minute job would already have flagged"] = $"SELECT count(*) FROM sla.clocks WHERE state = 'running' AND (due_at < timestamptz '{options.Until:O}' - interval '2 minutes' OR (warned_at IS NULL AND warn_at < timestamptz '{options.Until:O}' - interval '2 minutes'))",
            ["SLA clocks whose state disagrees with their times"] = "SELECT count(*) FROM sla.clocks WHERE (state IN ('met', 'breached') AND stopped_at IS NOT NULL AND (state = 'breached') <> (breached_at IS NOT NULL)) OR (state = 'met' AND elapsed_seconds > target_seconds) OR (stopped_at IS NULL AND ((state IN ('running', 'breached')) <> (running_since IS NOT NULL) OR (state = 'paused') <> (paused_at IS NOT NULL) OR state IN ('met', 'cancelled'))) OR (stopped_at IS NOT NULL AND (running_since IS NOT NULL OR paused_at IS NOT NULL OR state NOT IN ('met', 'breached')))",
            ["tickets of unknown customers"] = "SELECT count(*) FROM tickets.tickets t WHERE NOT EXISTS (SELECT 1 FROM customers.customers c WHERE c.id = t.customer_id)",
        };
        if (options.ListsOnly)
        {
            fkChecks = fkChecks.Where(c => c.Key == "tickets of unknown customers").ToDictionary();
        }

        foreach (var (what, sql) in fkChecks)
        {
            if (await Count(sql) is var n and > 0)
            {
                throw new InvalidOperationException($"generated data is inconsistent: {n} {what}");
            }
        }

        await using (var agg = new NpgsqlCommand("""
            CREATE AGGREGATE pg_temp.tsvector_concat_all(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')
            """, connection))
        {
            await agg.ExecuteNonQueryAsync(ct);
        }

        // Every ticket in smoke mode; otherwise a repeatable sample of about 2,000 spread over the whole period.
        var percent = Math.Min(100.0, 2000.0 * 100 / Math.Max(1, options.Tickets)).ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture);
        var sample = options.VerifyAll ? "tickets.tickets t" : $"tickets.tickets t TABLESAMPLE BERNOULLI ({percent}) REPEATABLE ({options.Seed % 1_000_000})";
        const string ticketText = """
            setweight(to_tsvector('tickets.es', t.subject), 'A') || setweight(to_tsvector('tickets.es', t.customer_name), 'A')
                || setweight(to_tsvector('tickets.es', t.description), 'B')
            """;
        // Without messages (--lists-only) only the ticket's own part can be checked: its weights A and B (the messages'
        // words are weight C, appended after it).
        var wrong = await Count(options.ListsOnly
            ? $"SELECT count(*) FROM {sample} WHERE ts_filter(t.search, '{{a,b}}') IS DISTINCT FROM ({ticketText})"
            : $"""
                SELECT count(*) FROM {sample}
                WHERE t.search IS DISTINCT FROM (
                    {ticketText}
                    || coalesce((SELECT pg_temp.tsvector_concat_all(setweight(to_tsvector('tickets.es', m.body), 'C') ORDER BY m.created_at, m.id)
                                 FROM tickets.messages m WHERE m.ticket_id = t.id AND m.kind <> 'note'), ''))
                """);
        if (wrong > 0)
        {
            throw new InvalidOperationException($"generated data is inconsistent: {wrong} tickets whose search vector differs from the product's SQL expression");
        }

        if (options.ListsOnly)
        {
            await TicketSlaStatsAsync(connection, ct);
        }
        else
        {
            await VerifyClocksAsync(connection, sample, ct);
        }

        var numbers = await Count("""
            SELECT count(*) FROM (
                SELECT split_part(number, '-', 2) AS year, count(*) AS n, max(split_part(number, '-', 3)::bigint) AS top
                FROM tickets.tickets GROUP BY 1) y
            WHERE y.n <> y.top
            """);
        if (numbers > 0)
        {
            throw new InvalidOperationException("generated data is inconsistent: ticket numbers are not 1..n within a year");
        }

        var checks = options.ListsOnly
            ? "tickets' customers, numbers, words of the search vectors"
            : "foreign keys, numbers, SLA clocks, search vectors, SLA views and clocks (against the product's calculator)";
        log($"generator: checks passed ({checks} of {(options.VerifyAll ? "every ticket" : "2,000 tickets")}) in {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The SLA clocks against the tickets' SLA view and the product's calculator; one line of figures per clock kind.</summary>
    private async Task VerifyClocksAsync(NpgsqlConnection connection, string sample, CancellationToken ct)
    {
        async Task<long> Count(string sql)
        {
            await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
            return (long)(await cmd.ExecuteScalarAsync(ct))!;
        }


        // The tickets' SLA view is ClockKeeper.TicketViewsSql over their clocks (the product's expression, copied).
        var views = await Count($"""
            SELECT count(*) FROM {sample}
            JOIN LATERAL (
                SELECT min(due_at) FILTER (WHERE stopped_at IS NULL AND state IN ('running', 'breached')) AS due_at,
                       min(warn_at) FILTER (WHERE stopped_at IS NULL AND state IN ('running', 'breached')) AS warn_at,
                       CASE WHEN bool_or(stopped_at IS NULL AND state IN ('running', 'breached')) THEN 'running'
                            WHEN bool_or(stopped_at IS NULL AND state = 'paused') THEN 'paused'
                            WHEN bool_or(state = 'breached') THEN 'breached'
                            ELSE 'met' END AS state
                FROM sla.clocks c WHERE c.ticket_id = t.id AND c.leg_id IS NULL) v ON true
            WHERE (t.sla_due_at, t.sla_warn_at, t.sla_state) IS DISTINCT FROM (v.due_at, v.warn_at, v.state)
            """);
        if (views > 0)
        {
            throw new InvalidOperationException($"generated data is inconsistent: {views} tickets whose SLA view differs from ClockKeeper.TicketViewsSql");
        }

        var (clocksChecked, wrongClocks) = await SlaCheck.RunAsync(connection, sample, ct);
        if (wrongClocks.Count > 0)
        {
            throw new InvalidOperationException($"generated data is inconsistent: {wrongClocks.Count} of {clocksChecked} clocks differ from the product's calculator, e.g. {string.Join("; ", wrongClocks.Take(3))}");
        }

        await using (var stats = new NpgsqlCommand("""
            SELECT kind, count(*) FILTER (WHERE stopped_at IS NOT NULL), count(*) FILTER (WHERE stopped_at IS NOT NULL AND state = 'breached'),
                   count(*) FILTER (WHERE stopped_at IS NULL AND state = 'running' AND warned_at IS NULL), count(*) FILTER (WHERE stopped_at IS NULL AND state = 'running' AND warned_at IS NOT NULL),
                   count(*) FILTER (WHERE stopped_at IS NULL AND state = 'paused'), count(*) FILTER (WHERE stopped_at IS NULL AND state = 'breached')
            FROM sla.clocks GROUP BY kind ORDER BY kind
            """, connection) { CommandTimeout = 0 })
        await using (var r = await stats.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var line = $"SLA clocks {r.GetString(0)}: {r.GetInt64(1):N0} stopped ({100.0 * r.GetInt64(2) / Math.Max(1, r.GetInt64(1)):0.0} % breached); open: {r.GetInt64(3):N0} running, {r.GetInt64(4):N0} at risk, {r.GetInt64(5):N0} paused, {r.GetInt64(6):N0} breached";
                log($"generator: {line}");
                SlaStats.Add(line);
            }
        }

    }

    /// <summary>Without clocks (--lists-only): the open tickets by their SLA view, what the at-risk queue reads.</summary>
    private async Task TicketSlaStatsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var stats = new NpgsqlCommand("""
            SELECT coalesce(sla_state, 'none'), count(*) FROM tickets.tickets WHERE status NOT IN ('answered', 'closed') GROUP BY 1 ORDER BY 1
            """, connection) { CommandTimeout = 0 };
        await using var r = await stats.ExecuteReaderAsync(ct);
        var parts = new List<string>();
        while (await r.ReadAsync(ct))
        {
            parts.Add($"{r.GetString(0)} {r.GetInt64(1):N0}");
        }

        var line = $"open tickets by stored SLA state (tickets.sla_state, as the generator computed it; running includes at risk and breached while counting): {string.Join(", ", parts)}";
        log($"generator: {line}");
        SlaStats.Add(line);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, int timeout = 600)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand(sql, connection) { CommandTimeout = timeout };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
