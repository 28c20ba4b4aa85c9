using ChatOpsItsm.Domain.Identity;
using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Domain.Tickets;
using ChatOpsItsm.TestSupport.Builders;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Incidents;

/// <summary>Major incidents as storage may meet them: every part set, only what a declaration sets, and as large as the limits allow.</summary>
internal static class MajorSamples
{
    public const string HostileText = "It's \"x\" 100% | a/b \\ #? PartitionKey eq 'x' or true <b>&amp;</b> +1 😀\n\"; DROP TABLE";

    /// <summary>Odd ticks and a non-UTC offset: instants must keep their ticks.</summary>
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 1, 5, 11, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    public static TicketId Incident(long number) => new(TicketType.Incident, number);

    /// <summary>Every optional part set: three roles, a war room, a snooze, reminders, mitigated and ended, links and actions of each shape.</summary>
    public static MajorIncident Full() => new(
        Start,
        new RoleHolder(new UserIdentity("teams", "29:1aBcD-eFgH"), "Dana Declarer"),
        "teams:19:abc|def@thread.v2",
        "discord:1500000000000000001",
        new RoleHolder(BuilderDefaults.Agent, BuilderDefaults.AgentName),
        new RoleHolder(new UserIdentity("discord", "80351110224678912"), "Carol"),
        new RoleHolder(new UserIdentity("local", "erin"), "Erin"),
        "discord:1500000000000000099",
        TimeSpan.FromMinutes(30) + TimeSpan.FromTicks(7),
        Start.AddMinutes(40),
        3,
        "Failover done; watching the error rate.",
        Start.AddMinutes(40),
        Start.AddMinutes(95).AddTicks(3),
        2,
        Start.AddMinutes(90),
        Start.AddMinutes(100),
        Start.AddHours(3),
        "Primary database ran out of disk; failed over, then grew the volume.",
        [Incident(1002), Incident(1007), Incident(1003)],
        [
            new FollowUpAction(1, "Alert on disk at 80 %.", new UserIdentity("local", "erin"), "Erin", Start.AddHours(4), new TicketId(TicketType.Problem, 1001)),
            new FollowUpAction(2, "Write the runbook.", null, null, Start.AddHours(4).AddTicks(1), null),
            new FollowUpAction(3, "Grow every volume.", BuilderDefaults.Agent, BuilderDefaults.AgentName, Start.AddHours(5), null),
            new FollowUpAction(4, "Move logs off the data disk.", null, null, Start.AddHours(5), new TicketId(TicketType.Change, 1042)),
        ]);

    /// <summary>What a declaration alone sets: the commander, no other role, no war room yet, nothing since.</summary>
    public static MajorIncident JustDeclared() => new(
        Start,
        new RoleHolder(BuilderDefaults.Agent, BuilderDefaults.AgentName),
        BuilderDefaults.Channel,
        null,
        new RoleHolder(BuilderDefaults.Agent, BuilderDefaults.AgentName),
        null,
        null,
        null,
        TimeSpan.FromMinutes(30),
        Start,
        0,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        [],
        []);

    /// <summary>Hostile text in every free-text part.</summary>
    public static MajorIncident Hostile() => Full() with
    {
        DeclaredBy = new RoleHolder(new UserIdentity("local", "o'brien\"%|/\\#?~😀"), HostileText),
        DeclaredIn = "teams:" + HostileText,
        WarRoom = "local:" + HostileText,
        LastUpdate = HostileText,
        Summary = HostileText,
        Actions = [new FollowUpAction(1, HostileText, new UserIdentity("local", "x' or true or 'a'='a"), HostileText, Start, null)],
    };

    /// <summary>
    /// As large as <see cref="MajorLimits"/> allows, in text the JSON escapes to six characters each (non-ASCII): every
    /// update, summary and action at its limit, 128-character identities, long names, the most links and actions.
    /// </summary>
    public static MajorIncident Largest()
    {
        string name = new('É', 256);
        RoleHolder holder = new(new UserIdentity("local", new string('é', UserIdentity.MaxLength - "local:".Length)), name);
        return Full() with
        {
            DeclaredBy = holder,
            Commander = holder,
            Communications = holder,
            Scribe = holder,
            DeclaredIn = "teams:" + new string('ü', 1_000),
            WarRoomParent = "teams:" + new string('ü', 1_000),
            WarRoom = "teams:" + new string('ü', 1_000),
            LastUpdate = new string('ß', MajorLimits.UpdateMaxLength),
            Summary = new string('ß', MajorLimits.SummaryMaxLength),
            LinkedIncidents = [.. Enumerable.Range(0, MajorLimits.MaxLinkedIncidents).Select(i => Incident(TicketId.MaxNumber - i))],
            Actions = [.. Enumerable.Range(1, MajorLimits.MaxActions).Select(number => new FollowUpAction(
                number, new string('€', MajorLimits.ActionMaxLength), holder.Identity, name, Start, new TicketId(TicketType.Problem, TicketId.MaxNumber)))],
        };
    }
}
