namespace ChatOpsItsm.Engine; internal static class Placeholder { }
