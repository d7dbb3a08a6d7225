package org.rfsweep.math;

/**
 * The two-dimensional complex DFT of a rows × cols array stored row-major (element (r, c) at
 * r·cols + c): X[k1, k2] = Σ x[r, c] e^(−2πi (k1 r/rows + k2 c/cols)), by length-cols transforms
 * of every row and then length-rows transforms of every column. The columns are transformed all
 * at once by a batched mixed-radix plan whose innermost loops run along the rows (contiguous
 * memory); only a column length with a prime factor above 31 gathers
 * each column into a workspace for Bluestein's algorithm.
 *
 * <p>A plan owns its workspace, so one plan must not be used by two threads at once.
 */
public final class Fft2d {
    private final int rows;
    private final int cols;
    private final Fft rowFft;
    /** All columns at once; null when the column length needs Bluestein. */
    private final MixedRadixTransform columns;
    private final Fft colFft;
    private final double[] colRe;
    private final double[] colIm;

    private Fft2d(int rows, int cols, int lanes) {
        this.rows = rows;
        this.cols = cols;
        this.rowFft = Fft.of(cols, lanes);
        boolean batched = Fft.largestPrimeFactor(rows) <= Fft.MAX_DIRECT_PRIME;
        this.columns = batched ? new MixedRadixTransform(rows, cols, lanes) : null;
        this.colFft = batched ? null : Fft.of(rows, lanes);
        this.colRe = batched ? null : new double[rows];
        this.colIm = batched ? null : new double[rows];
    }

    /**
     * A plan for rows × cols arrays.
     *
     * @throws IllegalArgumentException if either side is &lt; 1
     */
    public static Fft2d of(int rows, int cols) {
        return of(rows, cols, Simd.LANES);
    }

    /** A plan on the vector kernels ({@code lanes} = {@link Simd#LANES}) or the scalar ones (0). */
    static Fft2d of(int rows, int cols, int lanes) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("2-D FFT sides must be at least 1: " + rows + " x " + cols);
        }
        return new Fft2d(rows, cols, lanes);
    }

    /** Number of rows (the slow axis). */
    public int rows() {
        return rows;
    }

    /** Number of columns (the fast axis). */
    public int cols() {
        return cols;
    }

    /**
     * In place, the forward 2-D transform of (re, im)[0 .. rows·cols).
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     */
    public void forward(double[] re, double[] im) {
        for (int r = 0; r < rows; r++) {
            rowFft.forward(re, im, r * cols);
        }
        if (columns != null) {
            columns.forward(re, im, 0);
            return;
        }
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                colRe[r] = re[r * cols + c];
                colIm[r] = im[r * cols + c];
            }
            colFft.forward(colRe, colIm, 0);
            for (int r = 0; r < rows; r++) {
                re[r * cols + c] = colRe[r];
                im[r * cols + c] = colIm[r];
            }
        }
    }

    /**
     * In place, the unnormalised inverse 2-D transform (e^(+2πi …), no 1/(rows·cols)).
     *
     * @param re real parts. Modified.
     * @param im imaginary parts. Modified.
     */
    public void inverse(double[] re, double[] im) {
        forward(im, re);
    }
}
