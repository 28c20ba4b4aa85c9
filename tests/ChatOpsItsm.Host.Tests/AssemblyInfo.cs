using ChatOpsItsm.TestSupport.Azurite;

// One Azurite for every test in this assembly; each test uses its own table prefix (AzuriteFixture.UniqueName).
[assembly: AssemblyFixture(typeof(AzuriteFixture))]
