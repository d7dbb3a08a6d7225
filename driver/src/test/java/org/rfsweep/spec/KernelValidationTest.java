package org.rfsweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rfsweep.kernel.Kernel;

class KernelValidationTest {

    private static GridSweepSpec parse(CountingKernel kernel, String yaml) throws InvalidSpecException {
        return SweepSpecLoader.parse(yaml, "test", SweepSpecLoader.DEFAULT_MAX_TRIALS, List.<Kernel>of(kernel));
    }

    @Test
    void aKernelWhoseMetricTakesATableColumnIsRefusedBeforeAnyGridPoint() {
        CountingKernel kernel = new CountingKernel(List.of(new org.rfsweep.kernel.MetricSpec("steps", "a clash")));
        InvalidSpecException e = assertThrows(InvalidSpecException.class,
                () -> parse(kernel, "name: c\nkernel: toy\ngrid:\n  rate: [1, 2]\n"));
        assertEquals("kernel", e.field());
        assertEquals("kernel: kernel 'toy': metric 'steps' would be column 'steps' of the runs table, a column the "
                + "table has of its own; the kernel must give its metric another name", e.getMessage());
        assertEquals(0, kernel.validations, "refused before the grid is validated");
    }

    @Test
    void eachSeedFreeGridPointIsValidatedOnceAndFast() throws InvalidSpecException {
        CountingKernel kernel = new CountingKernel();
        long start = System.nanoTime();
        GridSweepSpec spec = parse(kernel, "name: big\nkernel: toy\ngrid:\n"
                + "  rate: {linspace: [0.01, 1, 100]}\n  rounds: {range: [1, 101]}\n  seed: {range: [0, 10]}\n");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(100_000, spec.trialCount());
        assertEquals(10_000, kernel.validations);
        assertEquals(Set.of(0L), kernel.seeds, "validation leaves the seed at its default");
        assertTrue(seconds < 5, "validating 10^5 trials took " + seconds + " s");
    }

    @Test
    void aSeedInsideAZipGroupIsDroppedAndRepeatedPointsValidatedOnce() throws InvalidSpecException {
        CountingKernel kernel = new CountingKernel();
        parse(kernel, "name: z\nkernel: toy\nzip:\n  - {seed: [0, 1, 2, 3], rounds: [1, 1, 2, 2]}\n"
                + "grid:\n  rate: [0.1, 0.2, 0.3]\n");
        assertEquals(2 * 3, kernel.validations);
    }

    @Test
    void aSweepWithoutAxesIsValidatedOnce() throws InvalidSpecException {
        CountingKernel kernel = new CountingKernel();
        parse(kernel, "name: one\nkernel: toy\nfixed: {seed: 7}\n");
        assertEquals(1, kernel.validations);
        assertEquals(Set.of(7L), kernel.seeds);
    }

    @Test
    void theFirstFailingPointIsReportedWithItsCoordinates() {
        CountingKernel kernel = new CountingKernel();
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> parse(kernel,
                "name: f\nkernel: toy\nfixed: {rounds: 100}\ngrid:\n  seed: [0, 1]\n  rate: [1, 10, 20, 30]\n"));
        assertEquals("grid.rate", e.field());
        assertEquals("grid.rate: rate * rounds must be at most 1000 (at rate=20.0)", e.getMessage());
        assertEquals(3, kernel.validations, "validation stops at the first failure");
    }

    @Test
    void aFixedParameterNamedByTheKernelIsReportedAsFixed() {
        CountingKernel kernel = new CountingKernel();
        InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> parse(kernel,
                "name: f\nkernel: toy\nfixed: {rate: 20}\ngrid:\n  rounds: [10, 100]\n"));
        assertEquals("fixed.rate", e.field());
    }
}
