package org.rfsweep.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.AbstractKernel;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialSpec;

/** Each kind of column collision is found, and named by kernel, parameter or metric, column and table. */
class KernelColumnsTest {

    @Test
    void aParameterNamedLikeARunsColumnIsNamedWithTheColumnAndTable() {
        assertEquals("kernel 'bad': parameter 'steps' would be column 'steps' of the runs table, a column the table "
                + "has of its own; the kernel must give its parameter another name",
                collision(List.of(ParamDef.integer("steps", 1, 1, 9, "d")), List.of()));
        assertEquals("kernel 'bad': metric 'status' would be column 'status' of the runs table, a column the table "
                + "has of its own; the kernel must give its metric another name",
                collision(List.of(), List.of(new MetricSpec("status", "d"))));
    }

    @Test
    void theSweepPartitionColumnIsTaken() {
        assertEquals("kernel 'bad': parameter 'sweep' would be column 'sweep' of the runs table, the partition column "
                + "of every table; the kernel must give its parameter another name",
                collision(List.of(ParamDef.integer("sweep", 1, 1, 9, "d")), List.of()));
    }

    @Test
    void aPairsColumnsCollideWithAnotherParameterOrAMetric() {
        ParamDef xi = ParamDef.pair("xi", new DoublePair(1, 2), 0, true, Double.NaN, "d");
        assertEquals("kernel 'bad': parameter 'xi' (as xi1) and parameter 'xi1' would both be column 'xi1' of the "
                + "runs table; the kernel must give one of them another name",
                collision(List.of(xi, ParamDef.real("xi1", 1, 0, false, 2, "d")), List.of()));
        assertEquals("kernel 'bad': parameter 'xi' (as xi0) and metric 'xi0' would both be column 'xi0' of the runs "
                + "table; the kernel must give one of them another name",
                collision(List.of(xi), List.of(new MetricSpec("xi0", "d"))));
    }

    @Test
    void aParameterAndAMetricOfTheSameNameCollide() {
        assertEquals("kernel 'bad': parameter 'gain' and metric 'gain' would both be column 'gain' of the runs table; "
                + "the kernel must give one of them another name",
                collision(List.of(ParamDef.real("gain", 1, 0, false, 2, "d")), List.of(new MetricSpec("gain", "d"))));
    }

    @Test
    void phaseColumnsCollideOnlyInThePhaseTableAndMetricsWithEachOther() {
        assertEquals("kernel 'bad': parameter 'n_seeds' would be column 'n_seeds' of the phase table, a column the "
                + "table has of its own; the kernel must give its parameter another name",
                collision(List.of(ParamDef.integer("n_seeds", 1, 1, 9, "d")), List.of()));
        assertEquals("kernel 'bad': parameter 'loss_mean' and metric 'loss' (its mean over seeds) would both be "
                + "column 'loss_mean' of the phase table; the kernel must give one of them another name",
                collision(List.of(ParamDef.real("loss_mean", 1, 0, false, 2, "d")), List.of(new MetricSpec("loss", "d"))));
        assertEquals("kernel 'bad': metric 'loss' and metric 'loss' would both be column 'loss' of the runs table; "
                + "the kernel must give one of them another name",
                collision(List.of(), List.of(new MetricSpec("loss", "d"), new MetricSpec("loss", "e"))));
    }

    @Test
    void theSeedIsNoPhaseColumnAndDistinctNamesPass() {
        assertEquals(Optional.empty(), KernelColumns.collision(new Bad(List.of(ParamDef.longValue("seed", 0, 0, "d"),
                ParamDef.real("gain", 1, 0, false, 2, "d")), List.of(new MetricSpec("loss", "d")))));
    }

    private static String collision(List<ParamDef> params, List<MetricSpec> metrics) {
        return KernelColumns.collision(new Bad(params, metrics)).orElse("no collision");
    }

    /** A kernel that only declares names. */
    private static final class Bad extends AbstractKernel {
        Bad(List<ParamDef> params, List<MetricSpec> metrics) {
            super("bad", "1", "names only", new ParamSchema(params), metrics);
        }

        @Override
        public void validate(ResolvedParams p) {
        }

        @Override
        public double estimateCost(ResolvedParams p) {
            return 1;
        }

        @Override
        public TrialResult run(TrialSpec spec) {
            throw new UnsupportedOperationException();
        }
    }
}
