package org.rfsweep.cli;

/** The process exit codes (DESIGN.md, "Failure semantics"); every command returns one of these. */
public final class ExitCodes {
    /** Every trial ended ok or diverged; or a query or listing succeeded. */
    public static final int OK = 0;
    /** Some trial failed, or the run was interrupted. */
    public static final int FAILED = 1;
    /** Invalid input: a bad spec, an unknown option or argument. Nothing ran, nothing was written. */
    public static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
