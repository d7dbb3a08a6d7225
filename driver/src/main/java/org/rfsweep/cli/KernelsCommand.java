package org.rfsweep.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.math.Simd;
import org.rfsweep.spec.DidYouMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rfsweep kernels [NAME]}: the kernels on the classpath and every parameter they take. */
@Command(name = "kernels", mixinStandardHelpOptions = true,
        description = "List the kernels and their parameters (name, type, default, allowed values, meaning).")
final class KernelsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "show only this kernel")
    String name;

    @Spec
    CommandSpec command;

    @Override
    public Integer call() {
        List<Kernel> kernels = Kernels.all();
        if (name != null) {
            kernels = List.of(find(kernels));
        }
        PrintWriter out = command.commandLine().getOut();
        if (kernels.isEmpty()) {
            out.println("no kernels on the classpath");
        }
        for (int i = 0; i < kernels.size(); i++) {
            Kernel k = kernels.get(i);
            out.println((i > 0 ? System.lineSeparator() : "") + k.name() + " (version " + k.version() + "): "
                    + k.description());
            ParameterTable.lines(k).forEach(out::println);
        }
        out.println();
        out.println("hot loops in this JVM: " + Simd.describe() + "; both paths give bit-identical results");
        return ExitCodes.OK;
    }

    private Kernel find(List<Kernel> kernels) {
        List<String> names = kernels.stream().map(Kernel::name).toList();
        return kernels.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new ParameterException(command.commandLine(), "unknown kernel '" + name + "'"
                        + DidYouMean.hint(name, names, DidYouMean.knownList("kernels", names))));
    }
}
