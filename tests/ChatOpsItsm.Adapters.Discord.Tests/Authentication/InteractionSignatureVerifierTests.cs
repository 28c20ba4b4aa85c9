using System.Text;
using ChatOpsItsm.Adapters.Discord.Authentication;
using ChatOpsItsm.Adapters.Discord.Configuration;
using ChatOpsItsm.TestSupport.Discord;
using Microsoft.Extensions.Time.Testing;
using Org.BouncyCastle.Crypto.Parameters;

namespace ChatOpsItsm.Adapters.Discord.Tests.Authentication;

public sealed class InteractionSignatureVerifierTests
{
    // RFC 8032 §7.1 TEST 1 and TEST 2, and the brief's Discord-shaped vector made with TEST 1's secret key (brief §9).
    private const string Test1PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string Test1Signature = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    private const string Test2PublicKey = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    private const string Test2Signature = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";
    private const string DiscordBody = """{"application_id":"1100000000000000001","id":"1200000000000000001","token":"tok_ping","type":1,"version":1}""";
    private const string DiscordSignature = "e1b349938c9e35b91b595f1e59ecb61f872f7785340a9d37e74be7e9de75a932efa809ba611f4fe83a4c9568d6b33afb4e4f0bf0756f4195dde9c4a744c64a07";
    private const string DiscordTimestamp = "1700000000";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(DiscordBody);

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

    [Fact]
    public void Matches_Rfc8032Test1_EmptyMessage_True()
    {
        bool matches = InteractionSignatureVerifier.Matches(Key(Test1PublicKey), [], [], Convert.FromHexString(Test1Signature));

        Assert.True(matches);
    }

    [Theory]
    [InlineData("72", "")]
    [InlineData("", "72")]
    public void Matches_Rfc8032Test2_OneByteMessageSplitEitherWay_True(string prefixHex, string bodyHex)
    {
        bool matches = InteractionSignatureVerifier.Matches(
            Key(Test2PublicKey), Convert.FromHexString(prefixHex), Convert.FromHexString(bodyHex), Convert.FromHexString(Test2Signature));

        Assert.True(matches);
    }

    [Fact]
    public void Matches_Rfc8032Test2SignatureUnderTest1Key_False()
    {
        bool matches = InteractionSignatureVerifier.Matches(Key(Test1PublicKey), [], [0x72], Convert.FromHexString(Test2Signature));

        Assert.False(matches);
    }

    [Fact]
    public void Verify_DiscordShapedVector_Accepted()
    {
        SignatureFailure? failure = Verifier(Test1PublicKey).Verify(DiscordSignature, DiscordTimestamp, Body);

        Assert.Null(failure);
    }

    [Fact]
    public void Verify_DiscordShapedVectorUpperCaseHex_Accepted()
    {
        SignatureFailure? failure = Verifier(Test1PublicKey.ToUpperInvariant()).Verify(DiscordSignature.ToUpperInvariant(), DiscordTimestamp, Body);

        Assert.Null(failure);
    }

    [Fact]
    public void Verify_DiscordShapedVectorWithTheNextSecond_BadSignature()
    {
        SignatureFailure? failure = Verifier(Test1PublicKey).Verify(DiscordSignature, "1700000001", Body);

        Assert.Equal(SignatureFailure.BadSignature, failure);
    }

    public static TheoryData<string, string?, string?, string> Refusals => new()
    {
        { "no signature header", null, DiscordTimestamp, nameof(SignatureFailure.MissingSignature) },
        { "empty signature header", "", DiscordTimestamp, nameof(SignatureFailure.MissingSignature) },
        { "no timestamp header", DiscordSignature, null, nameof(SignatureFailure.MissingTimestamp) },
        { "non-hex signature", "zz" + DiscordSignature[2..], DiscordTimestamp, nameof(SignatureFailure.MalformedSignature) },
        { "short signature", DiscordSignature[..126], DiscordTimestamp, nameof(SignatureFailure.MalformedSignature) },
        { "long signature", DiscordSignature + "00", DiscordTimestamp, nameof(SignatureFailure.MalformedSignature) },
        { "timestamp not a number", DiscordSignature, "yesterday", nameof(SignatureFailure.MalformedTimestamp) },
        { "timestamp with a fraction", DiscordSignature, "1700000000.5", nameof(SignatureFailure.MalformedTimestamp) },
        { "negative timestamp", DiscordSignature, "-1700000000", nameof(SignatureFailure.MalformedTimestamp) },
        { "timestamp with spaces", DiscordSignature, " 1700000000", nameof(SignatureFailure.MalformedTimestamp) },
        { "timestamp in milliseconds", DiscordSignature, "1700000000000", nameof(SignatureFailure.StaleTimestamp) },
        { "signature of another timestamp", DiscordSignature, "1700000100", nameof(SignatureFailure.BadSignature) },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Verify_Defect_RefusedWithItsReason(string defect, string? signature, string? timestamp, string expected)
    {
        SignatureFailure? failure = Verifier(Test1PublicKey).Verify(signature, timestamp, Body);

        Assert.True(expected == failure?.ToString(), $"{defect}: {failure}");
    }

    [Fact]
    public void Verify_BodyByteFlippedAfterSigning_BadSignature()
    {
        byte[] body = [.. Body];
        body[^2] ^= 0x01;

        SignatureFailure? failure = Verifier(Test1PublicKey).Verify(DiscordSignature, DiscordTimestamp, body);

        Assert.Equal(SignatureFailure.BadSignature, failure);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_BadSignature()
    {
        InteractionSigner other = new();

        SignatureFailure? failure = Verifier(Test1PublicKey).Verify(other.Sign(DiscordTimestamp, Body), DiscordTimestamp, Body);

        Assert.Equal(SignatureFailure.BadSignature, failure);
    }

    [Theory]
    [InlineData(300, null)]
    [InlineData(-300, null)]
    [InlineData(301, nameof(SignatureFailure.StaleTimestamp))]
    [InlineData(-301, nameof(SignatureFailure.StaleTimestamp))]
    public void Verify_TimestampAgainstTheTolerance_RefusedOnlyBeyondItEitherWay(int secondsFromNow, string? expected)
    {
        InteractionSigner signer = new();
        string timestamp = InteractionSigner.TimestampOf(_time.GetUtcNow().AddSeconds(secondsFromNow));

        SignatureFailure? failure = Verifier(signer.PublicKeyHex).Verify(signer.Sign(timestamp, Body), timestamp, Body);

        Assert.Equal(expected, failure?.ToString());
    }

    [Fact]
    public void Verify_ClockMovedPastTheTolerance_StaleTimestamp()
    {
        InteractionSignatureVerifier verifier = Verifier(Test1PublicKey);
        _time.Advance(TimeSpan.FromSeconds(301));

        SignatureFailure? failure = verifier.Verify(DiscordSignature, DiscordTimestamp, Body);

        Assert.Equal(SignatureFailure.StaleTimestamp, failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-key")]
    [InlineData("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    public void Verify_UnusablePublicKey_EveryRequestRefused(string publicKey)
    {
        SignatureFailure? failure = Verifier(publicKey).Verify(DiscordSignature, DiscordTimestamp, Body);

        Assert.Equal(SignatureFailure.NoPublicKey, failure);
    }

    private static Ed25519PublicKeyParameters Key(string hex) => new(Convert.FromHexString(hex), 0);

    private InteractionSignatureVerifier Verifier(string publicKey) =>
        new(Microsoft.Extensions.Options.Options.Create(new DiscordOptions { PublicKey = publicKey }), _time);
}
