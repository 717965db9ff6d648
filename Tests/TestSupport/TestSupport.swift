/// Test helpers shared by the test targets.
public enum TestSupport {}
