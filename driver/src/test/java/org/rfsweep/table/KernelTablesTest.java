package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;

/**
 * Every kernel on the driver's classpath (core, analysis and the test kernels) must map onto its
 * tables: a parameter or metric named like a table's own column ({@code steps}, {@code status},
 * {@code n_seeds}, ...) or like another of its parameters or metrics would otherwise only fail
 * inside the Spark job, after the sweep has started. A new kernel with such a name fails the build
 * here, with the line the spec loader would print.
 */
class KernelTablesTest {

    @Test
    void everyKernelOnTheClasspathHasDistinctColumnsInEveryTable() {
        List<Kernel> kernels = Kernels.all();
        Set<String> names = kernels.stream().map(Kernel::name).collect(Collectors.toSet());
        // the production kernels of both kernel modules are found through ServiceLoader
        assertTrue(names.containsAll(Set.of("twolayer-sgd", "single-neuron", "cumulant-cp", "conv-net", "agop", "rfm",
                "cnfa", "conv-rfm", "gaussian-flow", "effective-dynamics", "toy")),
                "kernels found: " + names);
        for (Kernel k : kernels) {
            assertEquals(Optional.empty(), KernelColumns.collision(k), "kernel " + k.name());
            RunsRows runs = assertDoesNotThrow(() -> new RunsRows(k), () -> "kernel " + k.name());
            Set<String> columns = runs.schema().getFields().stream().map(Type::getName).collect(Collectors.toSet());
            assertTrue(columns.containsAll(runs.metricNames()), () -> "kernel " + k.name() + ": " + columns);
        }
    }
}
