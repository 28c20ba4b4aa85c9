using System.Net;
using ChatOpsItsm.Host.Configuration;
using ChatOpsItsm.Host.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Host.Tests.Security;

public sealed class ApiAccessPolicyTests
{
    [Fact]
    public void Evaluate_NoKeysAndNoRemoteAddress_IsNotLoopback()
    {
        ApiAccessPolicy policy = new(Options.Create(new ApiOptions()));
        DefaultHttpContext context = new();

        ApiAccess access = policy.Evaluate(context);

        Assert.Equal(ApiAccess.NotLoopback, access);
    }

    [Fact]
    public void Evaluate_KeysConfigured_LoopbackAloneIsNotEnough()
    {
        ApiAccessPolicy policy = new(Options.Create(new ApiOptions { Keys = ["k-0123456789abcdef"] }));
        DefaultHttpContext context = new();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;

        ApiAccess access = policy.Evaluate(context);

        Assert.Equal(ApiAccess.MissingOrWrongKey, access);
    }

    [Theory]
    [InlineData("Bearer k-0123456789abcdef", true)]
    [InlineData("bearer k-0123456789abcdef", true)]
    [InlineData("Bearer  k-0123456789abcdef ", true)]
    [InlineData("Bearer K-0123456789ABCDEF", false)]
    [InlineData("k-0123456789abcdef", false)]
    public void Evaluate_KeysConfigured_ChecksTheBearerToken(string authorization, bool allowed)
    {
        ApiAccessPolicy policy = new(Options.Create(new ApiOptions { Keys = ["k-0123456789abcdef"] }));
        DefaultHttpContext context = new();
        context.Request.Headers.Authorization = authorization;

        ApiAccess access = policy.Evaluate(context);

        Assert.Equal(allowed ? ApiAccess.Allowed : ApiAccess.MissingOrWrongKey, access);
    }
}
