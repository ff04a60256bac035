using System.Diagnostics;
using System.Globalization;
using HelpDesk.Benchmarks.Generator;
using HelpDesk.Benchmarks.Measurements;
using HelpDesk.Migrations;
using Npgsql;

namespace HelpDesk.Benchmarks.Running;

/// <summary>
/// One benchmark run: a private PostgreSQL under the bench data folder, the app started once on the empty database
/// (migrations and demo data), the generator, the app started again on the full database, the measurements, the report.
/// </summary>
internal sealed class Bench(BenchOptions options, BenchPaths paths)
{
    public const string DemoPassword = "Cafe-de-Colombia-2026";

    /// <summary>The measurements, in the order they run: reads on the database as generated first, then the writes.</summary>
    public static IReadOnlyList<IMeasurement> Measurements =>
    [
        // First: the app's first breach-check pass after start is the one over the generated backlog.
        new BreachJob(),
        new QueueList(),
        new FilteredList(),
        new TextSearch(),
        new TicketPage(),
        new AreaInbox(),
        new SurveyResultsAtRate(),
        new SurveyResultsOneAtATime(),
        new TicketCreation(partner: false),
        new TicketCreation(partner: true),
    ];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var marker = Path.Combine(paths.DataDirectory, "generated.txt");
        var parameters = $"tickets={options.Tickets} backlog={options.OpenBacklog} months={options.Months} seed={options.Seed} until={options.Until:yyyy-MM-dd}{(options.ListsOnly ? " lists-only" : "")}";
        var reuse = options.Reuse && File.Exists(marker) && File.ReadAllText(marker).StartsWith(parameters, StringComparison.Ordinal);
        if (!reuse)
        {
            StopLeftoverCluster();
            if (System.IO.Directory.Exists(paths.DataDirectory))
            {
                System.IO.Directory.Delete(paths.DataDirectory, recursive: true);
            }
        }

        System.IO.Directory.CreateDirectory(Path.Combine(paths.DataDirectory, "mail"));
        var cluster = new LocalPostgresCluster(paths.ClusterDirectory);
        // The generator's bulk load runs with minimal WAL (it writes no WAL for the tables it truncates and fills in one
        // transaction); the cluster is restarted with the normal settings before anything is measured.
        cluster.Start(settings: reuse ? null : DataGenerator.LoadSettings, durable: false);
        var report = new Report(options, paths);
        try
        {
            var connectionString = cluster.ConnectionString();
            await using var db = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 100, CommandTimeout = 600 }.ConnectionString).Build();
            GeneratedData? generated = null;
            if (!reuse)
            {
                Console.WriteLine("Starting the app on an empty database (migrations, demo data) ...");
                await using (var first = await AppProcess.StartAsync(paths, connectionString, "app-first-start.log", ct))
                {
                    report.StartupEmpty = first.StartupTime;
                    Console.WriteLine($"  ready in {first.StartupTime.TotalSeconds:0.00} s");
                }

                // The generator's COPY streams go over the Unix socket when there is one: less kernel work than TCP.
                await using (var local = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(cluster.UnixSocketConnectionString() ?? connectionString) { MaxPoolSize = 100, CommandTimeout = 600 }.ConnectionString))
                {
                    generated = await new DataGenerator(local, new GeneratorOptions(options.Tickets, options.Months, options.Seed, options.Until, VerifyAll: options.Smoke, OpenBacklog: options.OpenBacklog, ListsOnly: options.ListsOnly),
                        m => Console.WriteLine(m)).RunAsync(ct);
                }

                await File.WriteAllTextAsync(marker, $"{parameters}\n{generated.Digest}\n", ct);
            }
            else
            {
                Console.WriteLine($"Reusing the database generated with {parameters}.");
            }

            if (!reuse && !options.GenerateOnly)
            {
                db.Clear();
                cluster.Stop();
                cluster.Start(cluster.Port, durable: false);
            }

            report.PostgresVersion = await ScalarAsync<string>(db, "SHOW server_version", ct);
            report.Generated = generated;
            if (options.GenerateOnly)
            {
                Console.WriteLine($"Generated; the database is in {paths.ClusterDirectory} ({connectionString}).");
                return 0;
            }

            report.Sizes = await SizesAsync(db, ct);
            var burstRows = new List<ResultRow>();
            if (!options.ListsOnly && SelectedByWords($"{nameof(BreachBursts)} {BreachBursts.Section}"))
            {
                // Before the app process starts: its Hangfire passes would take these transitions at real time.
                await BreachBursts.RunAsync(connectionString, db, options.Until, options.Smoke, burstRows, report.Notes, ct);
            }

            Console.WriteLine($"Starting the app on the database with {report.Sizes["tickets.tickets"]:N0} tickets ...");
            await using var app = await AppProcess.StartAsync(paths, connectionString, "app.log", ct);
            report.StartupFull = app.StartupTime;
            Console.WriteLine($"  ready in {app.StartupTime.TotalSeconds:0.00} s, {app.RssMb:0} MB resident");

            using var agent = await Clients.SignInAsync(app.BaseAddress, "agente@helpdesk.test", DemoPassword, ct);
            using var credit = await Clients.SignInAsync(app.BaseAddress, "credito@helpdesk.test", DemoPassword, ct);
            using var admin = await Clients.SignInAsync(app.BaseAddress, "admin@helpdesk.test", DemoPassword, ct);
            var context = new BenchContext
            {
                Options = options,
                App = app,
                Database = db,
                Samples = await SamplesAsync(db, ct),
                Agent = agent,
                CreditResponder = credit,
                Admin = admin,
            };

            foreach (var measurement in Measurements.Where(Selected))
            {
                await measurement.RunAsync(context, ct);
            }

            // In the order of the issue's sections (the sections' numbers), each section's rows in the order they ran.
            report.Rows.AddRange(context.Rows.Concat(burstRows).OrderBy(r => r.Section.Split('.')[0], StringComparer.Ordinal));
            report.Notes.AddRange(context.Notes);
            report.RssAtEndMb = app.RssMb;
            report.PeakRssUnderLoadMb = app.SampledPeakRssMb;
            report.PeakRssMb = app.PeakRssMb;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            cluster.Stop();
            if (!options.Keep)
            {
                // The logs stay for a look after the run; the database and the benchmark's emails go.
                System.IO.Directory.Delete(paths.ClusterDirectory, recursive: true);
                System.IO.Directory.Delete(Path.Combine(paths.DataDirectory, "mail"), recursive: true);
                File.Delete(marker);
            }
        }

        report.Elapsed = total.Elapsed;
        var markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(report.Table());
        var output = options.Output
                     ?? (options.Smoke ? Path.Combine(paths.DataDirectory, "BENCHMARKS.md")
                         : options.ListsOnly ? Path.Combine(paths.Root, "tests", "HelpDesk.Benchmarks", $"SCALE-{options.SizeName}.md")
                         : Path.Combine(paths.Root, "BENCHMARKS.md"));
        await File.WriteAllTextAsync(output, markdown, ct);
        Console.WriteLine($"Wrote {output} ({total.Elapsed.TotalMinutes:0.0} min in all).");

        var errors = report.Rows.Sum(r => r.Latency.Errors);
        if (errors > 0)
        {
            Console.WriteLine($"bench: {errors} requests failed (see the error samples above and {paths.DataDirectory}/app.log)");
            return 1;
        }

        return 0;
    }

    private bool Selected(IMeasurement m) =>
        (!options.ListsOnly || m is QueueList or FilteredList or TextSearch or SurveyResultsAtRate or SurveyResultsOneAtATime) && SelectedByWords($"{m.GetType().Name} {m.Section}");

    private bool SelectedByWords(string name) =>
        options.Only.Count == 0 || options.Only.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));

    private void StopLeftoverCluster()
    {
        if (File.Exists(Path.Combine(paths.ClusterDirectory, "postmaster.pid")))
        {
            try
            {
                new LocalPostgresCluster(paths.ClusterDirectory).Stop();
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine($"bench: could not stop a leftover cluster: {e.Message}");
            }
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }

    private static async Task<Dictionary<string, long>> SizesAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        var sizes = new Dictionary<string, long>();
        string[] tables = ["tickets.tickets", "tickets.events", "tickets.messages", "escalation.legs", "tickets.ticket_areas", "customers.customers", "customers.verifications", "directory.users",
            "surveys.invitations", "surveys.responses", "surveys.answers", "surveys.answer_days", "surveys.answer_months"];
        foreach (var t in tables)
        {
            sizes[t] = await ScalarAsync<long>(db, $"SELECT count(*) FROM {t}", ct);
        }

        sizes["database bytes"] = await ScalarAsync<long>(db, "SELECT pg_database_size(current_database())", ct);
        sizes["tickets bytes"] = await ScalarAsync<long>(db, "SELECT pg_total_relation_size('tickets.tickets')", ct);
        sizes["customers bytes"] = await ScalarAsync<long>(db, "SELECT pg_total_relation_size('customers.customers')", ct);
        sizes["open tickets"] = await ScalarAsync<long>(db, "SELECT count(*) FROM tickets.tickets WHERE status NOT IN ('answered', 'closed')", ct);
        sizes["open legs"] = await ScalarAsync<long>(db, "SELECT count(*) FROM escalation.legs WHERE status = 'open'", ct);
        sizes["escalated tickets"] = await ScalarAsync<long>(db, "SELECT count(DISTINCT ticket_id) FROM escalation.legs", ct);
        return sizes;
    }

    private async Task<Samples> SamplesAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        async Task<List<T>> List<T>(string sql, Func<NpgsqlDataReader, T> read)
        {
            await using var cmd = db.CreateCommand(sql);
            cmd.Parameters.AddWithValue("Until", options.Until);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var list = new List<T>();
            while (await r.ReadAsync(ct))
            {
                list.Add(read(r));
            }

            return list;
        }

        var recent = await List("SELECT number FROM tickets.tickets WHERE created_at >= @Until - interval '30 days' ORDER BY md5(number) LIMIT 2000", r => r.GetString(0));
        var older = await List("SELECT number FROM tickets.tickets WHERE created_at < @Until - interval '30 days' ORDER BY md5(number) LIMIT 1000", r => r.GetString(0));
        var all = await List("SELECT number FROM tickets.tickets ORDER BY md5(number) LIMIT 1000", r => r.GetString(0));
        var customers = await List("SELECT id, document_type, document_number, full_name, email FROM customers.customers ORDER BY md5(document_number) LIMIT 2000",
            r => new CustomerSample(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        var topics = await List("SELECT id FROM directory.topics WHERE active ORDER BY code", r => r.GetGuid(0));
        var areas = await List("SELECT id, code FROM directory.areas WHERE active ORDER BY code", r => (r.GetGuid(0), r.GetString(1)));
        var agents = await List("SELECT email FROM directory.users WHERE roles = '{agent}' ORDER BY email LIMIT 8", r => r.GetString(0));
        return new Samples(
            [.. recent.Count > 0 ? recent : all], [.. older.Count > 0 ? older : all], [.. customers], [.. topics], [.. areas.Select(a => a.Item1)],
            areas.First(a => a.Item2 == "CREDITO").Item1, ["agente@helpdesk.test", .. agents.Where(a => a != "agente@helpdesk.test")],
            ["desembolso", "pago doble", "paz y salvo", "cuota monetaria", "clave portal", "Quibdó", "Riohacha", "medicamentos", "devolución saldo",
             "centrales de riesgo", "informacion", "Gómez", "subsidio de vivienda", "planilla PILA", "asesor descortés", "Yopal"]);
    }
}
