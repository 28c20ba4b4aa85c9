namespace ChatOpsItsm.TestSupport; public static class Placeholder { }
