package org.rfsweep.analysis.rfm;

import dev.ludovic.netlib.lapack.JavaLAPACK;
import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;

/**
 * Kernel ridge regression with the Laplace kernel of a Mahalanobis metric (the kernel machine of
 * the Recursive Feature Machine, Radhakrishnan et al., Science 383 2024; SCIENCE.md §9):
 *
 * <pre>
 *   K_M(x, z) = exp(−‖x − z‖_M / L),   ‖v‖_M = √(vᵀ M v)
 *   α = (K_M(X, X) + λ I)⁻¹ y,          f(x) = Σ_i α_i K_M(x, x_i)
 *   ∇f(x) = (1/L) Σ_i α_i K_M(x, x_i) / ‖x − x_i‖_M · M (x_i − x)   (zero-distance terms 0)
 * </pre>
 *
 * on n training points X (row-major n × N) with targets y.
 *
 * <p>Implementation note (memory): the only n × n array is {@code a}. Its upper triangle
 * (row-major, with the diagonal) holds K + λI, which LAPACK's {@code dpotrf("L")} reads as the
 * lower triangle of the column-major matrix and overwrites with the Cholesky factor; LAPACK
 * never touches the other triangle, so the strict lower triangle holds, for the gradients,
 * w_ij = K_ij / (L d_ij) (0 where d_ij = 0). The factorisation and solve are netlib's pure-Java
 * LAPACK (the reference LAPACK compiled by f2j, which breeze itself calls; called directly so
 * that no n × n copy is made, and pure Java so the bits do not depend on a native library). The
 * n²·N distance products are hand-written loops in a fixed order (four interleaved partial sums)
 * for the same reason: a BLAS dgemm picks its kernel, and its summation order, by CPU and JVM.
 * Squared distances come from the Gram form d² = x_iᵀMx_i + x_jᵀMx_j − 2 x_iᵀMx_j, clamped at 0.
 */
public final class LaplaceKrr {
    /** Looked up on first fit, not at class load: validation (memory budget) must not touch LAPACK. */
    private static final class Lapack {
        static final LAPACK JAVA = JavaLAPACK.getInstance();
    }

    private final int n;
    private final int dims;
    private final double[] x;
    private final double[] y;
    private final double bandwidth;
    private final double ridge;
    private final double[] a;
    private final double[] xm;
    private final double[] q;
    private final double[] alpha;
    private double[] metric;

    /**
     * @param x         training inputs, n × N row-major. Not modified (kept by reference).
     * @param y         targets, n. Not modified (kept by reference).
     * @param bandwidth L &gt; 0
     * @param ridge     λ ≥ 0
     */
    public LaplaceKrr(double[] x, double[] y, int dims, double bandwidth, double ridge) {
        this.n = y.length;
        this.dims = dims;
        if (x.length != (long) n * dims) {
            throw new IllegalArgumentException("x must hold n x N = " + n + " x " + dims + " values: " + x.length);
        }
        this.x = x;
        this.y = y;
        this.bandwidth = bandwidth;
        this.ridge = ridge;
        this.a = new double[Math.multiplyExact(n, n)];
        this.xm = new double[x.length];
        this.q = new double[n];
        this.alpha = new double[n];
    }

    /** Bytes this machine holds for n points of N pixels (a, X·M; X itself is the caller's). */
    public static long bytes(long n, long dims) {
        return 8 * (n * n + n * dims + 2 * n);
    }

    /**
     * Fits α for the metric M.
     *
     * @param m N × N symmetric positive semi-definite, row-major. Not modified (kept by reference
     *          until the next fit).
     * @throws IllegalStateException if K + λI is not numerically positive definite
     */
    public void fit(double[] m) {
        this.metric = m;
        multiply(x, n, m, dims, xm);
        for (int i = 0; i < n; i++) {
            q[i] = Dots.dot(x, i * dims, xm, i * dims, dims);
        }
        fillKernel();
        intW info = new intW(0);
        Lapack.JAVA.dpotrf("L", n, a, n, info);
        if (info.val != 0) {
            throw new IllegalStateException("K + lambda I is not numerically positive definite (LAPACK dpotrf info "
                    + info.val + "): increase the ridge");
        }
        System.arraycopy(y, 0, alpha, 0, n);
        Lapack.JAVA.dpotrs("L", n, 1, a, n, alpha, n, info);
    }

    /** Row-major out (rows × N) = left (rows × N) · M (N × N). */
    static void multiply(double[] left, int rows, double[] m, int dims, double[] out) {
        java.util.Arrays.fill(out, 0, rows * dims, 0);
        for (int r = 0; r < rows; r++) {
            int off = r * dims;
            for (int k = 0; k < dims; k++) {
                double c = left[off + k];
                int mo = k * dims;
                for (int j = 0; j < dims; j++) {
                    out[off + j] += c * m[mo + j];
                }
            }
        }
    }

    private void fillKernel() {
        for (int i = 0; i < n; i++) {
            a[i * n + i] = 1 + ridge;
            for (int j = i + 1; j < n; j++) {
                double d = distance(q[i] + q[j] - 2 * Dots.dot(x, i * dims, xm, j * dims, dims));
                double k = Math.exp(-d / bandwidth);
                a[i * n + j] = k;
                a[j * n + i] = d > 0 ? k / (bandwidth * d) : 0;
            }
        }
    }

    private static double distance(double squared) {
        return squared > 0 ? Math.sqrt(squared) : 0;
    }

    /** The fitted coefficients α (a view: do not modify). */
    public double[] alpha() {
        return alpha;
    }

    /**
     * f(x) for one input.
     *
     * @param point N values from {@code off}. Not modified.
     * @param work  N values of workspace (receives M·x). Modified.
     */
    public double predict(double[] point, int off, double[] work) {
        multiply(point, off, work);
        double self = Dots.dot(point, off, work, 0, dims);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d = distance(self + q[i] - 2 * Dots.dot(point, off, xm, i * dims, dims));
            sum += alpha[i] * Math.exp(-d / bandwidth);
        }
        return sum;
    }

    private void multiply(double[] point, int off, double[] out) {
        for (int j = 0; j < dims; j++) {
            out[j] = Dots.dot(metric, j * dims, point, off, dims);
        }
    }

    /**
     * The gradient directions at the training points: row j of {@code out} is
     * g_j = (1/L) Σ_i α_i K_ji / d_ji · (x_i − x_j), so that ∇f(x_j) = M g_j.
     *
     * @param out n × N row-major. Modified.
     */
    public void gradientDirections(double[] out) {
        java.util.Arrays.fill(out, 0, n * dims, 0);
        for (int j = 0; j < n; j++) {
            int oj = j * dims;
            double rowSum = 0;
            for (int i = 0; i < n; i++) {
                double c = alpha[i] * (i < j ? a[j * n + i] : a[i * n + j]);
                if (i != j && c != 0) {
                    rowSum += c;
                    axpy(c, x, i * dims, out, oj);
                }
            }
            axpy(-rowSum, x, oj, out, oj);
        }
    }

    private void axpy(double c, double[] src, int so, double[] dst, int dOff) {
        for (int k = 0; k < dims; k++) {
            dst[dOff + k] += c * src[so + k];
        }
    }

    /**
     * ∇f at any input, directly from the formula of the class comment (for tests and single
     * points; allocates): M · {@link #direction}.
     *
     * @param point N values. Not modified.
     * @return ∇f(point), N values
     */
    public double[] gradient(double[] point) {
        double[] grad = new double[dims];
        multiply(direction(point), 0, grad);
        return grad;
    }

    /**
     * The gradient direction g(x) = (1/L) Σ_i α_i K_M(x, x_i) / ‖x − x_i‖_M · (x_i − x) at any input,
     * so that ∇f(x) = M g(x) (allocates).
     *
     * @param point N values. Not modified.
     */
    public double[] direction(double[] point) {
        double[] dir = new double[dims];
        double[] mx = new double[dims];
        multiply(point, 0, mx);
        double self = Dots.dot(point, 0, mx, 0, dims);
        for (int i = 0; i < n; i++) {
            double d = distance(self + q[i] - 2 * Dots.dot(point, 0, xm, i * dims, dims));
            if (d > 0) {
                double c = alpha[i] * Math.exp(-d / bandwidth) / (bandwidth * d);
                for (int k = 0; k < dims; k++) {
                    dir[k] += c * (x[i * dims + k] - point[k]);
                }
            }
        }
        return dir;
    }
}
