using ChatOpsItsm.Adapters.Discord.Cards;

namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

public sealed class CustomIdsTests
{
    [Fact]
    public void Encode_SortsDataByName()
    {
        string? id = CustomIds.Encode("incident.assign", new Dictionary<string, string> { ["user"] = "me", ["id"] = "INC-1001" });

        Assert.Equal("v1:incident.assign:id=INC-1001;user=me", id);
    }

    [Theory]
    [InlineData("a:b;c=d%e", "x:%;=y")]
    [InlineData("plain", "")]
    [InlineData("émoji", "🔥 <@123>")]
    [InlineData("%41", "%%")]
    public void EncodeThenDecode_RoundTripsEscapedCharacters(string name, string value)
    {
        string id = CustomIds.Encode("act:ion;=%", new Dictionary<string, string> { [name] = value })!;

        Assert.True(CustomIds.TryDecode(id, out string action, out IReadOnlyDictionary<string, string> data));
        Assert.Equal("act:ion;=%", action);
        Assert.Equal(value, data[name]);
        Assert.Single(data);
    }

    [Fact]
    public void EncodeThenDecode_NoData_RoundTrips()
    {
        string id = CustomIds.Encode("admin.deliveries", new Dictionary<string, string>())!;

        Assert.True(CustomIds.TryDecode(id, out string action, out IReadOnlyDictionary<string, string> data));
        Assert.Equal("admin.deliveries", action);
        Assert.Empty(data);
    }

    [Fact]
    public void Encode_Exactly100_IsKept_And101_IsNull()
    {
        // "v1:a:k=" is 7 characters; the value fills the rest.
        string exact = CustomIds.Encode("a", new Dictionary<string, string> { ["k"] = new string('x', 100 - 7) })!;

        Assert.Equal(100, exact.Length);
        Assert.Null(CustomIds.Encode("a", new Dictionary<string, string> { ["k"] = new string('x', 100 - 7 + 1) }));
    }

    [Fact]
    public void Encode_EscapingPushesOver100_IsNull() =>
        Assert.Null(CustomIds.Encode("a", new Dictionary<string, string> { ["k"] = new string(':', 40) }));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v2:incident.close:id=INC-1001")]
    [InlineData("incident.close")]
    [InlineData("v1::id=INC-1001")]
    [InlineData("v1:incident.close:id=INC-1001:extra")]
    [InlineData("v1:incident.close:id")]
    [InlineData("v1:incident.close:=x")]
    [InlineData("v1:incident.close:id=a=b")]
    [InlineData("v1:incident.close:id=a;id=b")]
    [InlineData("v1:incident.close:id=a;")]
    [InlineData("v1:incident.close:id=%4")]
    [InlineData("v1:incident.close:id=%ZZ")]
    [InlineData("v1:incident.close:id=%+1")]
    [InlineData("v1:incident%:id=a")]
    public void TryDecode_ForgedOrGarbled_IsRefused(string? customId)
    {
        Assert.False(CustomIds.TryDecode(customId, out string action, out IReadOnlyDictionary<string, string> data));
        Assert.Equal("", action);
        Assert.Empty(data);
    }

    [Fact]
    public void TryDecode_Over100_IsRefused() =>
        Assert.False(CustomIds.TryDecode("v1:a:k=" + new string('x', 94), out _, out _));
}
