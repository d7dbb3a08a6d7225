package org.rfsweep.math;

/**
 * The two-dimensional complex DFT of a rows × cols array stored row-major (element (r, c) at
 * r·cols + c): X[k1, k2] = Σ x[r, c] e^(−2πi (k1 r/rows + k2 c/cols)), by length-cols transforms
 * of every row and then length-rows transforms of every column (gathered into a workspace).
 *
 * <p>A plan owns its workspace, so one plan must not be used by two threads at once.
 */
public final class Fft2d {
    private final int rows;
    private final int cols;
    private final Fft rowFft;
    private final Fft colFft;
    private final double[] colRe;
    private final double[] colIm;

    private Fft2d(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.rowFft = Fft.of(cols);
        this.colFft = rows == cols ? rowFft : Fft.of(rows);
        this.colRe = new double[rows];
        this.colIm = new double[rows];
    }

    /**
     * A plan for rows × cols arrays.
     *
     * @throws IllegalArgumentException if either side is &lt; 1
     */
    public static Fft2d of(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("2-D FFT sides must be at least 1: " + rows + " x " + cols);
        }
        return new Fft2d(rows, cols);
    }

    public int rows() {
        return rows;
    }

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
