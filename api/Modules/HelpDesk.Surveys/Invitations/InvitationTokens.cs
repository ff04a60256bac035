using System.Buffers.Text;
using System.Security.Cryptography;

namespace HelpDesk.Surveys.Invitations;

/// <summary>
/// A survey link's token: 32 random bytes, URL-safe base64 (43 characters). Only its SHA-256 is stored, so a copy of the
/// database cannot answer or unsubscribe for anyone.
/// </summary>
internal static class InvitationTokens
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>A string that cannot be a token (wrong length or characters) is unknown without a database read.</summary>
    public static bool LooksValid(string token) => token.Length == 43 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
