namespace ChatOpsItsm.Adapters.Discord.Tests.Cards;

/// <summary>
/// A post-incident review shaped like the engine's (<c>MajorReviewDocument</c>: a title, then <c>## </c> sections
/// separated by blank lines), 4500 characters in three sections of 1500, 1500 and 1496: each a message of its own.
/// </summary>
internal static class SampleReview
{
    public static readonly string Summary = Section(
        "# Post-incident review: INC-1001 · VPN gateway drops connections\n\n## Summary\n\n",
        "Users in EMEA lost the VPN every ten minutes after the vpn-gw-2 patch; the gateway restarted its tunnels. ",
        1500);

    public static readonly string Timeline = Section(
        "## Timeline\n\n",
        "- 2026-01-05 09:12 UTC · Ben Ode · rolled back vpn-gw-2 and watched the tunnel count\n",
        1500);

    public static readonly string Actions = Section(
        "## Actions\n\n",
        "- **Pin the gateway firmware** before the next patch window (owner: Ana Diaz)\n",
        1496);

    public static readonly string Markdown = $"{Summary}\n\n{Timeline}\n\n{Actions}";

    /// <summary>The heading, then the line repeated, cut to exactly <paramref name="length"/> without trailing white space.</summary>
    private static string Section(string heading, string line, int length)
    {
        string body = (heading + string.Concat(Enumerable.Repeat(line, (length / line.Length) + 1)))[..length].TrimEnd();
        return body + new string('.', length - body.Length);
    }
}
