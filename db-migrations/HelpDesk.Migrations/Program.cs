using HelpDesk.Migrations;

// Console face of the migrator and the private cluster, used by ./helpdesk:
//   migrate                      applies pending scripts to ConnectionStrings__HelpDesk
//   cluster-start <dir> [port]   initialises (first time) and starts a private cluster; prints its connection string
//   cluster-stop <dir>           stops it
try
{
    switch (args.FirstOrDefault())
    {
        case "migrate":
            var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__HelpDesk")
                ?? throw new InvalidOperationException("Set ConnectionStrings__HelpDesk to the database to migrate.");
            Migrator.Migrate(connectionString, Console.WriteLine);
            return 0;
        case "cluster-start" when args.Length >= 2:
            var cluster = new LocalPostgresCluster(args[1]);
            cluster.Start(args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null);
            Console.WriteLine(cluster.ConnectionString());
            return 0;
        case "cluster-stop" when args.Length >= 2:
            new LocalPostgresCluster(args[1]).Stop();
            return 0;
        default:
            Console.Error.WriteLine("usage: HelpDesk.Migrations migrate | cluster-start <dir> [port] | cluster-stop <dir>");
            return 2;
    }
}
catch (InvalidOperationException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
