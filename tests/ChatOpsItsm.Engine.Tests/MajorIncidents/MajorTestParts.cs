using ChatOpsItsm.Domain.Incidents;
using ChatOpsItsm.Engine.Configuration;
using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Incidents;
using ChatOpsItsm.Engine.MajorIncidents;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Engine.Replies;
using ChatOpsItsm.TestSupport.Builders;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Engine.Tests.MajorIncidents;

/// <summary>
/// The major-incident outbound parts built directly: the engine tests' options plus two stakeholder routes and a public
/// address, and a major P1 "Printer on fire" on printing declared by Bob (in command) at 09:00 with a 30-minute cadence
/// and its war room to open under local:general.
/// </summary>
internal static class MajorTestParts
{
    public static readonly TimeSpan Cadence = TimeSpan.FromMinutes(30);

    public static DateTimeOffset Instant => BuilderDefaults.Instant;

    /// <summary>The stakeholder route in the local chat.</summary>
    public static ConversationAddress StatusLocal { get; } = new("local", "status");

    /// <summary>The stakeholder route in Teams.</summary>
    public static ConversationAddress StatusTeams { get; } = new("teams", "19:status@thread.tacv2");

    public static ItsmOptions Options(MajorOptions? major = null)
    {
        ItsmOptions defaults = EngineHarness.DefaultOptions();
        return new ItsmOptions
        {
            Admins = defaults.Admins,
            Roles = defaults.Roles,
            Services = defaults.Services,
            PublicBaseUrl = "https://itsm.example",
            Major = major ?? new MajorOptions(),
            Routes = new RoutesOptions
            {
                OnCall = defaults.Routes.OnCall,
                Approvers = defaults.Routes.Approvers,
                Stakeholders = [StatusLocal.ToString(), StatusTeams.ToString()],
            },
        };
    }

    public static MajorCards Cards(ItsmOptions? options = null)
    {
        IOptions<ItsmOptions> wrapped = Microsoft.Extensions.Options.Options.Create(options ?? Options());
        return new MajorCards(new IncidentCards(wrapped), wrapped);
    }

    public static MajorOutbound Outbound(ItsmOptions? options = null)
    {
        ItsmOptions chosen = options ?? Options();
        return new MajorOutbound(Microsoft.Extensions.Options.Options.Create(chosen), Cards(chosen));
    }

    public static IncidentOutbound IncidentOutboundWith(ItsmOptions? options = null)
    {
        ItsmOptions chosen = options ?? Options();
        IOptions<ItsmOptions> wrapped = Microsoft.Extensions.Options.Options.Create(chosen);
        return new IncidentOutbound(wrapped, new IncidentCards(wrapped), Outbound(chosen));
    }

    /// <summary>The major P1 in <paramref name="state"/>; its events stored unless <paramref name="pending"/>.</summary>
    public static Incident AMajor(IncidentState state = IncidentState.InProgress, bool pending = false)
    {
        IncidentBuilder builder = IncidentBuilder.AnIncident().WithPriority(Priority.P1).DeclaredMajor(Cadence).InState(state);
        return (pending ? builder : builder.WithEventsStored()).Build();
    }

    /// <summary>Replies and cards are records holding lists, which compare by reference: this compares what a reader sees.</summary>
    public static void SameReply(Reply expected, Reply actual)
    {
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Card is null, actual.Card is null);
        if (expected.Card is { } card)
        {
            SameCard(card, actual.Card!);
        }
    }

    public static void SameCard(Card expected, Card actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Facts, actual.Facts);
        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(expected.Link, actual.Link);
        Assert.Equal(
            expected.Buttons.Select(b => (b.Label, b.ActionId, string.Join(';', b.Data.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")))),
            actual.Buttons.Select(b => (b.Label, b.ActionId, string.Join(';', b.Data.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")))));
    }

    /// <summary>An action by <paramref name="name"/> (local:<c>name</c> lower-cased) at <paramref name="minutes"/> past 09:00.</summary>
    public static Domain.Audit.ActionContext By(string name, double minutes) =>
        new(new Domain.Identity.UserIdentity("local", name.ToLowerInvariant()), name, "local:general", Instant + TimeSpan.FromMinutes(minutes));
}
