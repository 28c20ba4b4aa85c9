using System.Globalization;
using ChatOpsItsm.Engine.Dialogs;
using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Adapters.Discord.Tests.Inbound;

/// <summary>An <see cref="IDialogStore"/> with the table store's rules: expiry, and writes conditional on the version read.</summary>
internal sealed class InMemoryDialogStore(TimeProvider timeProvider) : IDialogStore
{
    private readonly Dictionary<DialogKey, StoredDialog> _dialogs = [];
    private readonly Lock _lock = new();
    private int _version;

    public IReadOnlyList<StoredDialog> Live
    {
        get
        {
            lock (_lock)
            {
                return [.. _dialogs.Values.Where(IsLive)];
            }
        }
    }

    public Task<StoredDialog?> GetAsync(DialogKey key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_dialogs.TryGetValue(key, out StoredDialog? stored) && IsLive(stored) ? stored : null);
        }
    }

    public Task<SaveOutcome> SaveAsync(DialogState state, RecordVersion? expected, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            StoredDialog? current = _dialogs.TryGetValue(state.Key, out StoredDialog? stored) && IsLive(stored) ? stored : null;
            if (current?.Version != expected)
            {
                return Task.FromResult(SaveOutcome.Conflict);
            }

            _dialogs[state.Key] = new StoredDialog(state, new RecordVersion((++_version).ToString(CultureInfo.InvariantCulture)));
            return Task.FromResult(SaveOutcome.Saved);
        }
    }

    public Task<SaveOutcome> DeleteAsync(DialogKey key, RecordVersion expected, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_dialogs.TryGetValue(key, out StoredDialog? stored) || stored.Version != expected)
            {
                return Task.FromResult(SaveOutcome.Conflict);
            }

            _dialogs.Remove(key);
            return Task.FromResult(SaveOutcome.Saved);
        }
    }

    private bool IsLive(StoredDialog stored) => stored.State.ExpiresAt > timeProvider.GetUtcNow();
}
