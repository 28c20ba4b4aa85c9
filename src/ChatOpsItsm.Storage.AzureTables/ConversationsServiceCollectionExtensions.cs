using ChatOpsItsm.Engine.Conversation;
using ChatOpsItsm.Engine.Delivery;
using ChatOpsItsm.Engine.LocalChannel;
using ChatOpsItsm.Engine.Notifications;
using ChatOpsItsm.Storage.AzureTables.Conversations;
using ChatOpsItsm.Storage.AzureTables.Conversations.Inbound;
using ChatOpsItsm.Storage.AzureTables.Conversations.LocalChat;
using ChatOpsItsm.Storage.AzureTables.Conversations.Posted;
using ChatOpsItsm.Storage.AzureTables.Conversations.Preferences;
using ChatOpsItsm.Storage.AzureTables.Conversations.References;
using ChatOpsItsm.Storage.AzureTables.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatOpsItsm.Storage.AzureTables;

public static class ConversationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Azure Table Storage implementations of the conversation ports
    /// (<see cref="IConversationReferences"/>, <see cref="IInboundLedger"/>, <see cref="INotificationPreferences"/>,
    /// <see cref="ILocalConversationStore"/>), the <see cref="InboundLedgerJanitor"/> and the
    /// <see cref="ConversationStorageInitializer"/>, all singletons.
    /// </summary>
    /// <remarks>
    /// Builds on <see cref="ServiceCollectionExtensions.AddAzureTableStorage"/> (its table client, resilience
    /// pipeline and <c>Storage</c> options), which the host must call too. Reads no configuration: the host binds
    /// <see cref="InboundOptions"/> (section <c>Inbound</c>) with <c>ValidateOnStart()</c>; this method adds its
    /// validator. At start-up the host calls <see cref="ConversationStorageInitializer.InitializeAsync"/>, and it
    /// runs <see cref="InboundLedgerJanitor.PurgeAsync"/> about daily.
    /// </remarks>
    public static IServiceCollection AddAzureTableConversations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InboundOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InboundOptions>, InboundOptionsValidator>());
        services.TryAddSingleton<ConversationTables>();
        services.TryAddSingleton<IConversationReferences, TableConversationReferences>();
        services.TryAddSingleton<IInboundLedger, TableInboundLedger>();
        services.TryAddSingleton<INotificationPreferences, TableNotificationPreferences>();
        services.TryAddSingleton<ILocalConversationStore, TableLocalConversationStore>();
        services.TryAddSingleton<IPostedMessages, TablePostedMessages>();
        services.TryAddSingleton(provider => new InboundLedgerJanitor(
            provider.GetRequiredService<ConversationTables>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<IOptions<InboundOptions>>(),
            provider.GetRequiredService<ILogger<InboundLedgerJanitor>>()));
        services.TryAddSingleton(provider => new ConversationStorageInitializer(
            provider.GetRequiredService<ConversationTables>(),
            provider.GetRequiredService<StorageResiliencePipeline>(),
            provider.GetRequiredService<ILogger<ConversationStorageInitializer>>()));
        return services;
    }
}
