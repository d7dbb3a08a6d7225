package org.rfsweep.cli;

import java.nio.file.Path;
import org.rfsweep.table.OutputLayout;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by every command that reads or writes the tables ({@code @Mixin}). */
public final class OutputOption {
    /** The default output root, relative to the working directory. */
    static final String DEFAULT_OUT = "results";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            converter = OutputRoot.class,
            description = "output root holding the Parquet tables: a directory, a file:/// URI, or a Hadoop URI such as "
                    + "hdfs://namenode:8020/path or s3a://bucket/prefix (default: ./${DEFAULT-VALUE})")
    Path out;

    public OutputLayout layout() {
        return new OutputLayout(out);
    }

    /** The layout of a command that only reads the output (which may be missing), checked first. */
    public OutputLayout readable() throws InvalidOptionException {
        PathChecks.readableDirectory("--out", out);
        return layout();
    }

    /** The layout of a command that writes the output (creating it if missing), checked first. */
    public OutputLayout writable() throws InvalidOptionException {
        PathChecks.writableDirectory("--out", out);
        return layout();
    }
}
