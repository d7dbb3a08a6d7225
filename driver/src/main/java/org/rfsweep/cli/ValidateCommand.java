package org.rfsweep.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rfsweep.spec.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rfsweep validate SPEC}: checks a spec completely, runs nothing, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a sweep spec (keys, types, ranges, grid size, kernel constraints at every "
                + "grid point) and print its trial count. Runs nothing, writes nothing.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    SpecArgument spec;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() throws Exception {
        SweepSpec sweep = spec.load();
        PrintWriter out = command.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "OK: sweep %s (kernel %s %s): %d trial%s", sweep.name(),
                sweep.kernel().name(), sweep.kernel().version(), sweep.trialCount(),
                sweep.trialCount() == 1 ? "" : "s"));
        out.println("swept: " + (sweep.sweptParameters().isEmpty() ? "nothing"
                : String.join(", ", sweep.sweptParameters())));
        out.println("spec hash: " + sweep.specHash());
        return ExitCodes.OK;
    }
}
