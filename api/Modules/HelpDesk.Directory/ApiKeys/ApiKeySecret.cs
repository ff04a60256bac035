using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace HelpDesk.Directory.ApiKeys;

/// <summary>
/// Keys look like hdk_&lt;prefix&gt;_&lt;secret&gt;. The prefix finds the row; only a SHA-256 hash of the whole key is stored
/// (the secret has 256 bits of entropy, so a slow password hash adds nothing).
/// </summary>
internal static class ApiKeySecret
{
    private const string Scheme = "hdk";

    public static (string Key, string Prefix, byte[] Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var key = $"{Scheme}_{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static string? PrefixOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts is [Scheme, { Length: 12 } prefix, { Length: > 0 }] ? prefix : null;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public static bool Matches(string key, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(key), storedHash);
}
