package org.rfsweep.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Mixed-radix Stockham autosort FFT (decimation in frequency; see Van Loan, "Computational
 * Frameworks for the Fast Fourier Transform", SIAM 1992, §1.7) for lengths whose prime factors
 * are small.
 *
 * <p>Implementation note: for n = p·m, X[p k' + u] = Σ_{j&lt;m} e^(−2πi jk'/m) y_u[j] with
 * y_u[j] = e^(−2πi ju/n) Σ_{t&lt;p} x[j + t m] e^(−2πi tu/p): one stage does the length-p
 * butterflies and twiddles, writing y_u[j] at q + s(p j + u) so that the remaining length-m
 * transforms are again contiguous runs of stride s·p, and the output lands in natural order.
 * Stages alternate between the caller's array and one workspace.
 *
 * <p>A batched plan transforms B interleaved sequences at once (element k of sequence b at
 * k·B + b, e.g. all columns of a row-major array with B columns): the batch index simply rides
 * along as the lowest part of q, so every stride is multiplied by B and the innermost loops run
 * over contiguous memory.
 *
 * <p>Where {@link Simd#ENABLED}, stages whose contiguous runs hold whole vectors run on vector
 * twins of the kernels ({@link VectorStages}), which give the same bits as the scalar ones.
 */
final class MixedRadixTransform implements Fft.Transform {
    private final int n;
    /** n · batch, the number of complex values one call transforms. */
    private final int total;
    private final int[] radix;
    private final int[] stride;
    private final int[] span;
    private final double[][] twRe;
    private final double[][] twIm;
    private final double[] workRe;
    private final double[] workIm;
    /** e^(−2πi k/p) for the generic butterfly, per stage (null where a written-out one serves). */
    private final double[][] rootRe;
    private final double[][] rootIm;
    private final double[] tmpRe;
    private final double[] tmpIm;
    /** Per stage, which kernel runs it: {@link #SCALAR} or one of {@link VectorStages}' kinds. */
    private final int[] kernel;
    /**
     * Per stage, the twiddles rearranged for its vector kernel: along j per u for
     * {@link #FIRST_ALONG_J}, repeated along q for {@link #HALF_VECTOR_RUNS} (else null).
     */
    private final double[][] vecTwRe;
    private final double[][] vecTwIm;

    /** Stage kinds: scalar kernels only. */
    static final int SCALAR = 0;
    /** Vector kernel along q, s ≥ lanes (radix 2 to 5). */
    static final int ALONG_Q = 1;
    /** Vector kernel along j for a radix-4 first stage: s = 1, m ≥ lanes. */
    static final int FIRST_ALONG_J = 2;
    /** Radix-4 vector kernel with s = lanes / 2, two j per vector; m ≥ 2. */
    static final int HALF_VECTOR_RUNS = 3;

    MixedRadixTransform(int n) {
        this(n, 1);
    }

    /** A plan for {@code batch} interleaved sequences of length n (see the class comment). */
    MixedRadixTransform(int n, int batch) {
        this(n, batch, Simd.LANES);
    }

    /**
     * A plan on the vector kernels ({@code lanes} = {@link Simd#LANES} &gt; 0) or on the scalar
     * ones only ({@code lanes} = 0). Both give the same bits (see {@link Simd}); tests compare
     * them. A stage runs on a vector kernel where its contiguous run holds whole vectors: s·batch
     * ≥ lanes along q, m ≥ lanes along j in a radix-4 first stage, or s·batch = lanes / 2 with
     * two j per vector in a radix-4 middle stage.
     */
    MixedRadixTransform(int n, int batch, int lanes) {
        if (lanes != 0 && (lanes != Simd.LANES || !Simd.ENABLED)) {
            throw new IllegalArgumentException("vector lanes must be 0 or those of this JVM ("
                    + Simd.LANES + "): " + lanes);
        }
        this.n = n;
        this.total = n * batch;
        this.radix = factor(n);
        int stages = radix.length;
        stride = new int[stages];
        span = new int[stages];
        twRe = new double[stages][];
        twIm = new double[stages][];
        rootRe = new double[stages][];
        rootIm = new double[stages][];
        int s = 1;
        int maxRadix = 1;
        for (int st = 0; st < stages; st++) {
            int p = radix[st];
            int len = n / s;
            stride[st] = s * batch;
            span[st] = len / p;
            buildTwiddles(st, p, len);
            if (p > 5) {
                rootRe[st] = new double[p];
                rootIm[st] = new double[p];
                for (int k = 0; k < p; k++) {
                    rootRe[st][k] = Math.cos(2 * Math.PI * k / p);
                    rootIm[st][k] = -Math.sin(2 * Math.PI * k / p);
                }
            }
            maxRadix = Math.max(maxRadix, p);
            s *= p;
        }
        workRe = new double[total];
        workIm = new double[total];
        tmpRe = new double[maxRadix];
        tmpIm = new double[maxRadix];
        kernel = new int[stages];
        vecTwRe = new double[stages][];
        vecTwIm = new double[stages][];
        for (int st = 0; st < stages; st++) {
            kernel[st] = lanes == 0 ? SCALAR : kind(radix[st], stride[st], span[st], lanes);
            if (kernel[st] == FIRST_ALONG_J) {
                vecTwRe[st] = alongJ(twRe[st], span[st]);
                vecTwIm[st] = alongJ(twIm[st], span[st]);
            } else if (kernel[st] == HALF_VECTOR_RUNS) {
                vecTwRe[st] = alongQ(twRe[st], span[st], stride[st]);
                vecTwIm[st] = alongQ(twIm[st], span[st], stride[st]);
            }
        }
    }

    /** The kernel kind of every stage, first to last (for tests). */
    int[] kernels() {
        return kernel.clone();
    }

    /** Which kernel runs a stage of radix p with run length s (· batch) and span m. */
    private static int kind(int p, int s, int m, int lanes) {
        if (p > 5) {
            return SCALAR;
        }
        if (s >= lanes) {
            return ALONG_Q;
        }
        if (p == 4 && s == 1 && m >= lanes) {
            return FIRST_ALONG_J;
        }
        if (p == 4 && 2 * s == lanes && m >= 2) {
            return HALF_VECTOR_RUNS;
        }
        return SCALAR;
    }

    /** Radix-4 twiddles from j·3 + u − 1 to (u − 1)·m + j. */
    private static double[] alongJ(double[] tw, int m) {
        double[] t = new double[tw.length];
        for (int j = 0; j < m; j++) {
            for (int u = 0; u < 3; u++) {
                t[u * m + j] = tw[3 * j + u];
            }
        }
        return t;
    }

    /** Radix-4 twiddles from j·3 + u − 1 to (u − 1)·m·s + s·j + q for every q &lt; s. */
    private static double[] alongQ(double[] tw, int m, int s) {
        double[] t = new double[tw.length * s];
        for (int j = 0; j < m; j++) {
            for (int u = 0; u < 3; u++) {
                for (int q = 0; q < s; q++) {
                    t[u * m * s + s * j + q] = tw[3 * j + u];
                }
            }
        }
        return t;
    }

    /** Factors of n: fours first (fewest passes), then 2, 3, 5 and the remaining primes. */
    static int[] factor(int n) {
        List<Integer> f = new ArrayList<>();
        int rest = n;
        while (rest % 4 == 0) {
            f.add(4);
            rest /= 4;
        }
        for (int p = 2; rest > 1; p++) {
            while (rest % p == 0) {
                f.add(p);
                rest /= p;
            }
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Twiddles e^(−2πi ju/len) for j &lt; len/p, u = 1 .. p−1, at index j(p−1) + u − 1. */
    private void buildTwiddles(int st, int p, int len) {
        int m = len / p;
        double[] re = new double[m * (p - 1)];
        double[] im = new double[m * (p - 1)];
        for (int j = 0; j < m; j++) {
            for (int u = 1; u < p; u++) {
                // reduce ju mod len first so the angle stays accurate for large lengths
                double angle = 2 * Math.PI * (((long) j * u) % len) / len;
                re[j * (p - 1) + u - 1] = Math.cos(angle);
                im[j * (p - 1) + u - 1] = -Math.sin(angle);
            }
        }
        twRe[st] = re;
        twIm[st] = im;
    }

    @Override
    public void forward(double[] re, double[] im, int offset) {
        double[] ar = re;
        double[] ai = im;
        int ao = offset;
        double[] br = workRe;
        double[] bi = workIm;
        int bo = 0;
        for (int st = 0; st < radix.length; st++) {
            stage(st, ar, ai, ao, br, bi, bo);
            double[] swapR = ar;
            double[] swapI = ai;
            int swapO = ao;
            ar = br;
            ai = bi;
            ao = bo;
            br = swapR;
            bi = swapI;
            bo = swapO;
        }
        if (ar != re) {
            System.arraycopy(ar, ao, re, offset, total);
            System.arraycopy(ai, ao, im, offset, total);
        }
    }

    private void stage(int st, double[] ar, double[] ai, int ao, double[] br, double[] bi, int bo) {
        int p = radix[st];
        int s = stride[st];
        int m = span[st];
        if (kernel[st] != SCALAR) {
            VectorStages.stage(kernel[st], p, ar, ai, ao, br, bi, bo, s, m, twRe[st], twIm[st],
                    vecTwRe[st], vecTwIm[st]);
            return;
        }
        switch (p) {
            case 4 -> {
                if (m == 1) {
                    Radix4.last(ar, ai, ao, br, bi, bo, s);
                } else if (s == 1) {
                    Radix4.first(ar, ai, ao, br, bi, bo, m, twRe[st], twIm[st]);
                } else {
                    Radix4.strideInner(ar, ai, ao, br, bi, bo, s, m, twRe[st], twIm[st]);
                }
            }
            case 5 -> {
                if (m == 1) {
                    Radix5.last(ar, ai, ao, br, bi, bo, s);
                } else if (s == 1) {
                    Radix5.first(ar, ai, ao, br, bi, bo, m, twRe[st], twIm[st]);
                } else {
                    Radix5.strideInner(ar, ai, ao, br, bi, bo, s, m, twRe[st], twIm[st]);
                }
            }
            case 2 -> Butterflies.radix2(ar, ai, ao, br, bi, bo, s, m, twRe[st], twIm[st]);
            case 3 -> Butterflies.radix3(ar, ai, ao, br, bi, bo, s, m, twRe[st], twIm[st]);
            default -> Butterflies.generic(ar, ai, ao, br, bi, bo, s, m, p, twRe[st], twIm[st],
                    rootRe[st], rootIm[st], tmpRe, tmpIm);
        }
    }
}
