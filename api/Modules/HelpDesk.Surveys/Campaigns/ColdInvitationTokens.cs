using System.Security.Cryptography;

namespace HelpDesk.Surveys.Campaigns;

/// <summary>
/// Until the module's shared token helper lands: a random single-use token (32 bytes from the system's CSPRNG) kept only
/// as its SHA-256, as surveys.invitations.token_hash expects.
/// </summary>
internal static class ColdInvitationTokens
{
    public static byte[] NewTokenHash() => SHA256.HashData(RandomNumberGenerator.GetBytes(32));
}
