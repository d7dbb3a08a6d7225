package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;

/**
 * Every kernel on the driver's classpath (core, analysis and the test kernels) must map onto the
 * runs table: a parameter or metric named like a fixed column ({@code steps}, {@code status}, ...)
 * would otherwise only fail inside the Spark job, after the sweep has started.
 */
class KernelTablesTest {

    @Test
    void everyKernelHasARunsSchemaWithDistinctColumns() {
        List<Kernel> kernels = Kernels.all();
        Set<String> names = kernels.stream().map(Kernel::name).collect(Collectors.toSet());
        // the production kernels of both kernel modules are found through ServiceLoader
        assertTrue(names.containsAll(Set.of("twolayer-sgd", "single-neuron", "cumulant-cp", "conv-net", "agop", "rfm",
                "cnfa", "conv-rfm")),
                "kernels found: " + names);
        for (Kernel k : kernels) {
            if (k.name().equals("toy")) {
                continue; // the spec parser's fixture (spec.ToyKernel): never run, its "steps" parameter is deliberate
            }
            RunsRows runs = assertDoesNotThrow(() -> new RunsRows(k), () -> "kernel " + k.name());
            Set<String> columns = runs.schema().getFields().stream().map(Type::getName).collect(Collectors.toSet());
            assertTrue(columns.containsAll(runs.metricNames()), () -> "kernel " + k.name() + ": " + columns);
        }
    }
}
