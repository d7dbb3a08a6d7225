package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;

/** Samples are a function of the random stream alone. */
class SampleStreamDeterminismTest {
    private static final int COUNT = 1001;

    @ParameterizedTest
    @CsvSource({"NLGP, 1, 30, true", "GP, 2, 7, true", "NLGP, 1, 30, false", "GP, 1, 13, false", "NLGP, 2, 5, false"})
    void sameSeedSameSamplesWhateverTheBatching(InputKind kind, int dim, int size, boolean periodic) {
        InputModel model = InputModel.of(new InputConfig(kind, dim, size, periodic, new DoublePair(1, 2), 3, 1e-3));
        int n = model.pixels();
        double[] oneByOne = new double[COUNT * n];
        int[] classesOneByOne = new int[COUNT];
        SampleStream a = model.stream(RandomStreams.create(5, "train"));
        for (int i = 0; i < COUNT; i++) {
            classesOneByOne[i] = a.next(oneByOne, i * n);
        }
        // the same seed through a second model instance, read in uneven batches (odd sizes split pairs)
        InputModel again = InputModel.of(model.config());
        SampleStream b = again.stream(RandomStreams.create(5, "train"));
        double[] batched = new double[COUNT * n];
        int[] classesBatched = new int[COUNT];
        double[] buf = new double[7 * n];
        int[] cls = new int[7];
        int done = 0;
        for (int size2 = 1; done < COUNT; size2 = size2 % 7 + 1) {
            int k = Math.min(size2, COUNT - done);
            b.next(buf, cls, k);
            System.arraycopy(buf, 0, batched, done * n, k * n);
            System.arraycopy(cls, 0, classesBatched, done, k);
            done += k;
        }
        assertArrayEquals(oneByOne, batched);
        assertArrayEquals(classesOneByOne, classesBatched);

        double[] other = new double[n];
        model.stream(RandomStreams.create(6, "train")).next(other, 0);
        assertFalse(Arrays.equals(Arrays.copyOf(oneByOne, n), other), "a different seed gives different samples");
    }

    /** Classes are fair coins: |n₁ − n/2| ≤ 6·√n/2 (false-failure rate 2e-9). */
    @ParameterizedTest
    @CsvSource({"true", "false"})
    void classesAreBalanced(boolean periodic) {
        InputModel model = InputModel.of(new InputConfig(InputKind.NLGP, 1, 10, periodic, new DoublePair(1, 2), 3, 1e-3));
        SampleStream s = model.stream(RandomStreams.create(8, "train"));
        double[] x = new double[10];
        int n = 100_000;
        int ones = 0;
        for (int i = 0; i < n; i++) {
            ones += s.next(x, 0);
        }
        assertTrue(Math.abs(ones - n / 2.0) <= 3 * Math.sqrt(n), "class-1 count " + ones + " of " + n);
    }
}
