package org.rfsweep.cli;

import java.nio.file.Path;
import org.rfsweep.table.OutputLayout;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by every command that reads or writes the tables ({@code @Mixin}). */
public final class OutputOption {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "output root holding the Parquet tables (default: ./${DEFAULT-VALUE})")
    Path out;

    public OutputLayout layout() {
        return new OutputLayout(out);
    }
}
