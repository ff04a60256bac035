using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HelpDesk.Tests.Infrastructure;

/// <summary>
/// A TCP relay between Npgsql and the test PostgreSQL that passes every byte through and, when told, slips extra
/// protocol messages into what the server sends: the state of a connection that went back to the pool with part of a
/// result still unread.
/// </summary>
public sealed class PostgresRelay : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string host;
    private readonly int port;
    private readonly ConcurrentDictionary<Link, bool> links = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    private PostgresRelay(string host, int port)
    {
        this.host = host;
        this.port = port;
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>Relays to the server of <paramref name="connectionString"/>.</summary>
    public static PostgresRelay To(string connectionString)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        return new PostgresRelay(server.Host!, server.Port);
    }

    /// <summary><paramref name="connectionString"/>, through this relay.</summary>
    public string ConnectionString(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = ((IPEndPoint)listener.LocalEndpoint).Port }.ConnectionString;

    /// <summary>
    /// Sends, on every open connection, a DataRow (one int4 column), its CommandComplete and a ReadyForQuery, as if
    /// the server were still answering a query whose reader was abandoned.
    /// </summary>
    public async Task LeaveRowsUnreadAsync()
    {
        byte[] unread =
        [
            (byte)'D', 0, 0, 0, 14, 0, 1, 0, 0, 0, 4, 0, 0, 0, 42,
            (byte)'C', 0, 0, 0, 13, .. "SELECT 1"u8, 0,
            (byte)'Z', 0, 0, 0, 5, (byte)'I',
        ];
        foreach (var link in links.Keys)
        {
            await link.SendToClientAsync(unread);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        foreach (var link in links.Keys)
        {
            link.Dispose();
        }

        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stopping.Token);
            var server = new TcpClient();
            await server.ConnectAsync(host, port, stopping.Token);
            var link = new Link(client, server);
            links[link] = true;
            _ = link.RunAsync().ContinueWith(_ => links.TryRemove(link, out var _), TaskScheduler.Default);
        }
    }

    /// <summary>One client connection and its connection to the server; writes to the client never interleave.</summary>
    private sealed class Link(TcpClient client, TcpClient server) : IDisposable
    {
        private readonly SemaphoreSlim toClient = new(1, 1);

        public async Task RunAsync()
        {
            try
            {
                await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream(), null), PumpAsync(server.GetStream(), client.GetStream(), toClient));
            }
            finally
            {
                Dispose();
            }
        }

        public async Task SendToClientAsync(byte[] bytes)
        {
            await toClient.WaitAsync();
            try
            {
                await client.GetStream().WriteAsync(bytes);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // The connection closed meanwhile (a cancel request's, say).
            }
            finally
            {
                toClient.Release();
            }
        }

        public void Dispose()
        {
            client.Dispose();
            server.Dispose();
        }

        private static async Task PumpAsync(Stream from, Stream to, SemaphoreSlim? writing)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                int read;
                while ((read = await from.ReadAsync(buffer)) > 0)
                {
                    if (writing is not null)
                    {
                        await writing.WaitAsync();
                    }

                    try
                    {
                        await to.WriteAsync(buffer.AsMemory(0, read));
                    }
                    finally
                    {
                        writing?.Release();
                    }
                }
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
            {
            }
        }
    }
}
