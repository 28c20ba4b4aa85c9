namespace ChatOpsItsm.Storage.AzureTables; internal static class Placeholder { }
