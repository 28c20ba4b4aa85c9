using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Storage.AzureTables.Delivery.Json;

namespace ChatOpsItsm.Storage.AzureTables.Tests.Delivery.Json;

/// <summary>The <c>interaction-reply</c> work kind: every field survives the queue, and an item missing one is refused.</summary>
public sealed class WorkMapperInteractionReplyTests
{
    private const string WorkId = "discord:1187331154541367336:reply";

    private static readonly DateTimeOffset Instant = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    /// <summary>A readable item; each bad-payload row below is this with one field taken away or spoiled.</summary>
    private const string Readable =
        """{"kind":"interaction-reply","id":"x","notBefore":"2026-01-05T09:00:00+00:00","target":{"platform":"discord","conversation":"42"},"messages":[{"text":"hi"}],"token":"t","expiresAt":"2026-01-05T09:15:00+00:00","mode":"FollowUp"}""";

    [Theory]
    [InlineData(InteractionReplyMode.ReplacePlaceholder)]
    [InlineData(InteractionReplyMode.UpdateSourceMessage)]
    [InlineData(InteractionReplyMode.FollowUp)]
    public void Deserialize_Serialized_RoundTripsEveryField(InteractionReplyMode mode)
    {
        InteractionReplyWork work = InteractionReplySamples.Reply(WorkId, Instant, mode);

        InteractionReplyWork read = Assert.IsType<InteractionReplyWork>(WorkMapper.Deserialize(WorkMapper.Serialize(work)));

        Assert.Equivalent(work, read, strict: true);
        Assert.Equal((WorkId, InteractionReplySamples.Token, mode, InteractionReplySamples.Channel), (read.WorkId, read.InteractionToken, read.Mode, read.Conversation));
        Assert.Equal((work.NotBefore.UtcTicks, work.NotBefore.Offset), (read.NotBefore.UtcTicks, read.NotBefore.Offset));
        Assert.Equal((work.TokenExpiresAt.UtcTicks, TimeSpan.FromHours(-5)), (read.TokenExpiresAt.UtcTicks, read.TokenExpiresAt.Offset));
        Assert.Equal(3, read.Replies.Count);
        Assert.Equivalent(work.Replies[0].Card, read.Replies[0].Card, strict: true);
        Assert.Null(read.Replies[1].Card);
    }

    [Fact]
    public void Deserialize_SerializedInterruptedNotice_KeepsTheAnswerItWaitsFor()
    {
        InteractionReplyWork notice = InteractionReplySamples.Reply(WorkId + ":interrupted", Instant, InteractionReplyMode.FollowUp) with { SkipIfDone = WorkId };

        InteractionReplyWork read = Assert.IsType<InteractionReplyWork>(WorkMapper.Deserialize(WorkMapper.Serialize(notice)));

        Assert.Equal(WorkId, read.SkipIfDone);
        Assert.Null(Assert.IsType<InteractionReplyWork>(WorkMapper.Deserialize(Readable)).SkipIfDone);
    }

    [Fact]
    public void Deserialize_Readable_IsTheWorkItDescribes()
    {
        InteractionReplyWork read = Assert.IsType<InteractionReplyWork>(WorkMapper.Deserialize(Readable));

        Assert.Equal(("x", "discord:42", "t", InteractionReplyMode.FollowUp), (read.WorkId, read.Conversation.ToString(), read.InteractionToken, read.Mode));
        Assert.Equal("hi", Assert.Single(read.Replies).Text);
    }

    [Fact]
    public void Serialize_InteractionReply_WritesOnlyItsOwnFieldsAndTheModeByName()
    {
        InteractionReplyWork work = new(
            "x", Instant, InteractionReplySamples.Channel, "t", Instant.AddMinutes(15), [Engine.Replies.Reply.Say("hi")], InteractionReplyMode.UpdateSourceMessage);

        string payload = WorkMapper.Serialize(work);

        Assert.Equal(
            """{"kind":"interaction-reply","id":"x","notBefore":"2026-01-05T09:00:00.1234567+02:00","target":{"platform":"discord","conversation":"998877665544332211"},"messages":[{"text":"hi"}],"token":"t","expiresAt":"2026-01-05T09:15:00.1234567+02:00","mode":"UpdateSourceMessage"}""",
            payload);
    }

    [Fact]
    public void Serialize_InteractionReplyWithHostileCards_IsAsciiOnly()
    {
        string payload = WorkMapper.Serialize(InteractionReplySamples.Reply(WorkId, Instant));

        Assert.All(payload, c => Assert.InRange(c, ' ', '~'));
        Assert.DoesNotContain("<", payload, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"token\":\"t\",", "")]
    [InlineData("\"token\":\"t\"", "\"token\":null")]
    [InlineData("\"mode\":\"FollowUp\"", "\"other\":1")]
    [InlineData("\"mode\":\"FollowUp\"", "\"mode\":null")]
    [InlineData("\"mode\":\"FollowUp\"", "\"mode\":\"followup\"")]
    [InlineData("\"mode\":\"FollowUp\"", "\"mode\":\"Shout\"")]
    [InlineData("\"mode\":\"FollowUp\"", "\"mode\":\"7\"")]
    [InlineData("\"expiresAt\":\"2026-01-05T09:15:00+00:00\",", "")]
    [InlineData("\"expiresAt\":\"2026-01-05T09:15:00+00:00\"", "\"expiresAt\":null")]
    [InlineData("\"expiresAt\":\"2026-01-05T09:15:00+00:00\"", "\"expiresAt\":\"soon\"")]
    [InlineData("\"messages\":[{\"text\":\"hi\"}],", "")]
    [InlineData("\"target\":{\"platform\":\"discord\",\"conversation\":\"42\"},", "")]
    [InlineData("{\"platform\":\"discord\",\"conversation\":\"42\"}", "{\"person\":\"discord:42\"}")]
    [InlineData("{\"platform\":\"discord\",\"conversation\":\"42\"}", "{\"platform\":\"discord\"}")]
    [InlineData("\"kind\":\"interaction-reply\"", "\"kind\":\"interaction_reply\"")]
    public void Deserialize_InteractionReplyMissingOrSpoilingAField_ThrowsInvalidData(string field, string replacement)
    {
        Assert.Contains(field, Readable, StringComparison.Ordinal);
        string payload = Readable.Replace(field, replacement, StringComparison.Ordinal);

        Assert.Throws<InvalidDataException>(() => WorkMapper.Deserialize(payload));
    }

    [Fact]
    public void KindAndTargetOf_InteractionReply_NameTheKindAndTheConversationButNotTheToken()
    {
        InteractionReplyWork work = InteractionReplySamples.Reply(WorkId, Instant);

        Assert.Equal("interaction-reply", WorkMapper.KindOf(work));
        Assert.Equal("discord:998877665544332211", WorkMapper.TargetOf(work));
    }
}
