using ChatOpsItsm.Engine.Storage;

namespace ChatOpsItsm.Engine.Dialogs;

/// <summary>Dialog state per person and conversation. Writes are conditional, like every other write.</summary>
public interface IDialogStore
{
    /// <summary>The person's dialog in that conversation, or null when there is none or it has expired.</summary>
    Task<StoredDialog?> GetAsync(DialogKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a dialog (<paramref name="expected"/> null: there must be none, or only an expired one) or
    /// moves one on (it must still be at <paramref name="expected"/>).
    /// </summary>
    Task<SaveOutcome> SaveAsync(DialogState state, RecordVersion? expected, CancellationToken cancellationToken);

    /// <summary>Ends a dialog if it is still at <paramref name="expected"/>.</summary>
    Task<SaveOutcome> DeleteAsync(DialogKey key, RecordVersion expected, CancellationToken cancellationToken);
}
