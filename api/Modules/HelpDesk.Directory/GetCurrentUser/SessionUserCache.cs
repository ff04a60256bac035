using HelpDesk.Directory.Contracts;

namespace HelpDesk.Directory.GetCurrentUser;

/// <summary>
/// Each request with a session cookie needs its user (roles, areas): kept for a few seconds so a busy agent's requests
/// do not each read them again. A change to a user (roles, areas, deactivation, logout) forgets the user once committed.
/// </summary>
internal sealed class SessionUserCache() : ShortLivedCache<(Guid UserId, Guid Stamp), SessionUser>(TimeSpan.FromSeconds(30))
{
    public void Forget(Guid userId) => ForgetWhere((key, _) => key.UserId == userId);
}
