using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Engine.Conversation;

namespace ChatOpsItsm.Engine.Identity;

/// <summary>Who a chat identity belongs to, and which roles that person holds.</summary>
public interface IPersonDirectory
{
    /// <summary>The person behind an inbound event; someone never seen before is a requester.</summary>
    Task<Person> GetAsync(ChannelUser user, CancellationToken cancellationToken);

    /// <summary>The person who holds <paramref name="identity"/>, named as well as the directory knows them.</summary>
    Task<Person> FindAsync(UserIdentity identity, CancellationToken cancellationToken);
}
