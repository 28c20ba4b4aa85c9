namespace ChatOpsItsm.Storage.AzureTables.Keys;

/// <summary>The row keys from <see cref="From"/> (included) to <see cref="To"/> (excluded): one range query.</summary>
internal readonly record struct KeyRange(string From, string To)
{
    /// <summary>Every key that starts with <paramref name="prefix"/>.</summary>
    public static KeyRange Prefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return new KeyRange(prefix, string.Concat(prefix.AsSpan(0, prefix.Length - 1), [(char)(prefix[^1] + 1)]));
    }

    /// <summary>
    /// <paramref name="key"/> itself and the keys below it (<c>key|…</c>): <c>}</c> is the character after the
    /// separator <c>|</c>, so <c>[key, key})</c> holds exactly those.
    /// </summary>
    public static KeyRange WithChildren(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return new KeyRange(key, key + "}");
    }
}
