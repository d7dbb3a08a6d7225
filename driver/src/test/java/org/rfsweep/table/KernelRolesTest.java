package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamType;

/**
 * The roles every kernel on the classpath declares are ones the driver can use: at most one
 * localised count, natural axes that are numeric parameters, titles only for parameters or their
 * table columns; and the production kernels declare what their figures and report need.
 */
class KernelRolesTest {

    @Test
    void everyKernelsRolesReferToItsOwnParametersAndMetrics() {
        for (Kernel k : Kernels.all()) {
            long counts = k.metrics().stream().filter(m -> m.has(MetricRole.LOCALISED_COUNT)).count();
            assertTrue(counts <= 1, k.name() + ": one metric at most counts localised units");
            Set<String> columns = new HashSet<>(new ParameterColumns(k.schema()).names());
            k.schema().params().forEach(p -> columns.add(p.name()));
            for (String axis : k.parameterRoles().naturalAxes()) {
                ParamDef p = k.schema().find(axis).orElse(null);
                assertTrue(p != null && (p.type() == ParamType.DOUBLE || p.type() == ParamType.INT),
                        k.name() + ": natural axis " + axis + " must be a numeric parameter");
            }
            for (String titled : k.parameterRoles().titles().keySet()) {
                assertTrue(columns.contains(titled), k.name() + ": a title for " + titled + ", which is no parameter");
            }
        }
    }

    @Test
    void theProductionKernelsDeclareTheRolesTheirFiguresUse() {
        for (String name : List.of("twolayer-sgd", "single-neuron", "cumulant-cp", "agop", "rfm")) {
            Kernel k = Kernels.require(name);
            assertEquals("n_localised", k.localisedCount().map(MetricSpec::name).orElse(null), name);
            assertEquals(List.of("gain"), k.parameterRoles().naturalAxes(), name);
            assertTrue(!k.headlineMetrics().isEmpty(), name + " has a headline metric");
        }
        Kernel conv = Kernels.require("conv-net");
        assertTrue(conv.localisedCount().isEmpty(), "conv-net counts no localised units, as before: no frac_localised");
        assertEquals("ipr_mean", conv.headlineMetrics().get(0).name());
        assertTrue(Kernels.require("cnfa").localisedCount().isEmpty(), "cnfa: conv-net's rows, no localised count");
        assertTrue(Kernels.require("cnfa").headlineMetrics().stream().anyMatch(m -> m.name().equals("cnfa_corr")));
        assertEquals("final_test_accuracy", Kernels.require("conv-rfm").headlineMetrics().get(0).name());
    }

    @Test
    void thePhaseColumnsAreNamedOnceWithTheirTitles() {
        PhaseColumns twolayer = new PhaseColumns(Kernels.require("twolayer-sgd"));
        assertEquals("ipr_mean_mean", PhaseColumns.mean("ipr_mean"));
        assertEquals("ipr_mean_se", PhaseColumns.se("ipr_mean"));
        assertEquals("mean IPR of the K neurons, mean over seeds", twolayer.title("ipr_mean_mean"));
        assertEquals("correlation length ξ0 of class 0 (pixels)", twolayer.title("xi0"));
        assertEquals("ipr_mean", twolayer.metricOf("ipr_mean_se").orElseThrow().name());
        assertTrue(twolayer.gridColumns().contains("xi0") && !twolayer.gridColumns().contains("seed"));
        assertEquals(List.of("n_trials", "n_ok", "n_diverged", "n_failed"), PhaseColumns.counts());
    }
}
