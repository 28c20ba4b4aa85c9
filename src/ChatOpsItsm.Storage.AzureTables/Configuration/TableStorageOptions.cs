using System.ComponentModel.DataAnnotations;

namespace ChatOpsItsm.Storage.AzureTables.Configuration;

/// <summary>The <c>Storage</c> section: which Azure Table Storage account to use and how patiently.</summary>
public sealed class TableStorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The storage account's connection string. A secret in production: never logged.</summary>
    /// <value>Defaults to <c>UseDevelopmentStorage=true</c>: Azurite on 127.0.0.1, tables on port 10002.</value>
    [Required]
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Starts every table name, so several deployments can share one account.</summary>
    /// <value>Defaults to <c>Itsm</c> (tables <c>ItsmTickets</c>, <c>ItsmDialogs</c>). Letters and digits,
    /// starting with a letter, at most 40 characters.</value>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,39}$")]
    public string TablePrefix { get; set; } = "Itsm";

    /// <summary>How long one attempt of a storage call may take before it is abandoned and retried.</summary>
    /// <value>Defaults to 5 seconds; from 100 ms to 1 minute.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times a call that failed for a transient reason is tried again.</summary>
    /// <value>Defaults to 3; from 0 to 10.</value>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
}
