namespace ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;

/// <summary>What a message-key row <c>k|…</c> says about the message posted under that key: enough to update it without reading it.</summary>
internal sealed record KeyedMessage(string MessageRow, string MessageId, string Author, string AuthorName, DateTimeOffset At, long Revision);
