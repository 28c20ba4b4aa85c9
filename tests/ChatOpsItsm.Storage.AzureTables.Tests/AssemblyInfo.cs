using ChatOpsItsm.TestSupport.Azurite;

// One Azurite for every test in this assembly; tests isolate themselves with AzuriteFixture.UniqueName.
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
