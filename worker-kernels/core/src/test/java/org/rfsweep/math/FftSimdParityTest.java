package org.rfsweep.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The FFT's vector kernels give the same bits as its scalar ones (see {@link Simd}): plans with
 * {@code lanes} = {@link Simd#LANES} against plans with 0, on random inputs, forward and inverse,
 * at an offset inside a larger array whose other elements must stay untouched. This JVM runs
 * the width of its CPU (8 doubles on AVX-512); the surefire execution {@code vector-256} runs this
 * class again with {@code -Drfsweep.simd.bits=256}, the 256-bit kernels.
 */
class FftSimdParityTest {
    private static final int OFFSET = 3;

    @BeforeAll
    static void vectorPathPresent() {
        assumeTrue(Simd.ENABLED, "vector path off in this JVM: " + Simd.describe());
    }

    static IntStream lengths() {
        return IntStream.concat(IntStream.rangeClosed(1, 64),
                IntStream.of(80, 96, 100, 125, 128, 160, 200, 256, 320, 400, 500, 625, 1000, 1024,
                        97, 1031, 2 * 1009, 3 * 4 * 41));
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void oneDimensionalTransformsAreBitIdentical(int n) {
        SplittableRandom random = new SplittableRandom(31L * n + 1);
        double[] re = random.doubles(n + 2 * OFFSET, -2, 2).toArray();
        double[] im = random.doubles(n + 2 * OFFSET, -2, 2).toArray();
        Fft vector = Fft.of(n, Simd.LANES);
        Fft scalar = Fft.of(n, 0);
        for (boolean inverse : new boolean[] {false, true}) {
            double[] vr = re.clone();
            double[] vi = im.clone();
            double[] sr = re.clone();
            double[] si = im.clone();
            // twice, so that a plan's reused workspace is covered too
            for (int rep = 0; rep < 2; rep++) {
                if (inverse) {
                    vector.inverse(vr, vi, OFFSET);
                    scalar.inverse(sr, si, OFFSET);
                } else {
                    vector.forward(vr, vi, OFFSET);
                    scalar.forward(sr, si, OFFSET);
                }
            }
            assertSameBits(sr, vr, "re n=" + n + " inverse=" + inverse);
            assertSameBits(si, vi, "im n=" + n + " inverse=" + inverse);
        }
    }

    @ParameterizedTest
    @CsvSource({"4, 1", "4, 2", "4, 3", "4, 5", "4, 20", "5, 4", "5, 7", "5, 16", "8, 3", "9, 8", "12, 5",
            "16, 25", "20, 20", "25, 16", "27, 2", "32, 4", "49, 2", "100, 3", "31, 9"})
    void batchedPlansAreBitIdentical(int n, int batch) {
        SplittableRandom random = new SplittableRandom(1000L * n + batch);
        int total = n * batch;
        double[] re = random.doubles(total + 2 * OFFSET, -2, 2).toArray();
        double[] im = random.doubles(total + 2 * OFFSET, -2, 2).toArray();
        double[] vr = re.clone();
        double[] vi = im.clone();
        new MixedRadixTransform(n, batch, Simd.LANES).forward(vr, vi, OFFSET);
        new MixedRadixTransform(n, batch, 0).forward(re, im, OFFSET);
        assertSameBits(re, vr, "re n=" + n + " batch=" + batch);
        assertSameBits(im, vi, "im n=" + n + " batch=" + batch);
    }

    @ParameterizedTest
    @CsvSource({"20, 20", "16, 25", "25, 16", "7, 9", "4, 100", "100, 4", "37, 20", "20, 37", "1, 8", "8, 1"})
    void twoDimensionalTransformsAreBitIdentical(int rows, int cols) {
        SplittableRandom random = new SplittableRandom(77L * rows + cols);
        double[] re = random.doubles(rows * cols, -2, 2).toArray();
        double[] im = random.doubles(rows * cols, -2, 2).toArray();
        Fft2d vector = Fft2d.of(rows, cols, Simd.LANES);
        Fft2d scalar = Fft2d.of(rows, cols, 0);
        double[] vr = re.clone();
        double[] vi = im.clone();
        vector.forward(vr, vi);
        scalar.forward(re, im);
        assertSameBits(re, vr, "forward re " + rows + "x" + cols);
        assertSameBits(im, vi, "forward im " + rows + "x" + cols);
        vector.inverse(vr, vi);
        scalar.inverse(re, im);
        assertSameBits(re, vr, "inverse re " + rows + "x" + cols);
        assertSameBits(im, vi, "inverse im " + rows + "x" + cols);
    }

    /** The sampler's shapes really run on vector kernels, so the parity above is not vacuous. */
    @Test
    void samplerShapesUseVectorKernels() {
        int lanes = Simd.LANES;
        int middle = lanes == 8 ? MixedRadixTransform.HALF_VECTOR_RUNS : MixedRadixTransform.ALONG_Q;
        assertArrayEquals(new int[] {MixedRadixTransform.FIRST_ALONG_J, middle,
                        MixedRadixTransform.ALONG_Q, MixedRadixTransform.ALONG_Q},
                new MixedRadixTransform(400, 1, lanes).kernels());
        assertArrayEquals(new int[] {MixedRadixTransform.ALONG_Q, MixedRadixTransform.ALONG_Q},
                new MixedRadixTransform(20, 20, lanes).kernels());
        assertEquals(0, IntStream.of(new MixedRadixTransform(400, 1, 0).kernels()).sum());
    }

    private static void assertSameBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(actual[k]),
                    () -> what + ": element differs");
        }
    }
}
