package org.rfsweep.analysis.rfm;

import java.util.Locale;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.ResolvedParams;

/**
 * The kernel machine's settings (SCIENCE.md §9), shared by {@code rfm} and {@code conv-rfm}.
 *
 * @param trainSize  n
 * @param bandwidth  L
 * @param ridge      λ
 * @param iterations T
 * @param top        leading eigenvectors reported
 */
public record RfmConfig(int trainSize, double bandwidth, double ridge, int iterations, int top) {
    /**
     * A trial's heap budget for the kernel machine (the n × n matrix, X, X·M and the gradient
     * directions): the project's ~100 MB per trial, less room for the rest.
     */
    static final long MAX_BYTES = 90L << 20;

    /** Reads the parameters of {@link RfmSchema#own()}. */
    public static RfmConfig from(ResolvedParams p) {
        return new RfmConfig(p.getInt("train_size"), p.getDouble("bandwidth"), p.getDouble("ridge"),
                p.getInt("iterations"), p.getInt("rfm_top"));
    }

    /** Bytes of the kernel machine for N pixels: n² + 3·n·N doubles (K, X, X·M, gradient directions). */
    public long bytes(int pixels) {
        return LaplaceKrr.bytes(trainSize, pixels) + 8L * trainSize * pixels;
    }

    /**
     * Checks the memory budget and that the reported eigenvectors exist.
     *
     * @param pixels N
     * @param side   the order of the learned matrix (N for the RFM, the patch size for ConvRFM)
     */
    public void validate(int pixels, int side) {
        if (bytes(pixels) > MAX_BYTES) {
            throw new InvalidParameterException("train_size", String.format(Locale.ROOT,
                    "the kernel machine holds an n x n matrix and three n x N arrays (%d MB at n = %d, N = %d), "
                            + "more than the trial's %d MB: use a smaller train_size",
                    bytes(pixels) >> 20, trainSize, pixels, MAX_BYTES >> 20));
        }
        if (top > side) {
            throw new InvalidParameterException("rfm_top", String.format(Locale.ROOT,
                    "the learned matrix is %d x %d, so at most %d eigenvectors exist: got %d", side, side, side, top));
        }
    }

    /**
     * Roughly nanoseconds of the kernel machine for N pixels, P test points and an image metric
     * of the same order: per fit n²N (distances) + n³/3 (Cholesky) + P·(nN + N²) (predictions),
     * per update n²N (gradients) + nN² (outer products) + 2N³ (the sandwich), half a nanosecond
     * per multiply-add.
     */
    public double cost(int pixels, int testSize) {
        double n = trainSize;
        double d = pixels;
        double fit = n * n * d + n * n * n / 3 + n * d * d + testSize * (n * d + d * d);
        double update = n * n * d + n * d * d + 2 * d * d * d + 5 * d * d * d;
        return 0.5 * ((iterations + 1) * fit + iterations * update);
    }
}
