using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Commands;
using ChatOpsItsm.Engine.Handling;
using ChatOpsItsm.Engine.Identity;

namespace ChatOpsItsm.Engine.MajorIncidents;

/// <summary>
/// Reads a person parameter of a <c>major</c> command (<c>me</c>, <c>@name</c>, <c>platform:id</c>) as a
/// <see cref="RoleHolder"/>: the person behind it, by their primary identity and name, whichever linked identity was typed.
/// </summary>
public sealed class MajorPeople(IPersonDirectory people)
{
    /// <summary>The person named by parameter <paramref name="name"/>; no holder and no problem when it was not given.</summary>
    public async Task<(RoleHolder? Holder, string? Problem)> FindAsync(
        CommandArguments arguments, string name, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Text(name) is null)
        {
            return (null, null);
        }

        (UserIdentity? identity, string? problem) = arguments.User(name, context.Event.User.Identity);
        if (identity is null)
        {
            return (null, problem);
        }

        Person person = context.Person.Is(identity.Value) ? context.Person : await people.FindAsync(identity.Value, cancellationToken);
        return (Holder(person), null);
    }

    /// <summary>The person written <paramref name="text"/> as if it had been given as parameter <paramref name="name"/> of <paramref name="command"/>.</summary>
    public Task<(RoleHolder? Holder, string? Problem)> FindAsync(
        CommandDefinition command, string name, string text, CommandContext context, CancellationToken cancellationToken) =>
        FindAsync(new CommandArguments(command, new Dictionary<string, string> { [name] = text }), name, context, cancellationToken);

    public static RoleHolder Holder(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new RoleHolder(person.PrimaryIdentity, person.DisplayName);
    }
}
