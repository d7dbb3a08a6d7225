package org.rfsweep.analysis.conv;

/**
 * The patches a convolution layer sees, stride 1: for position p and tap j the pixel
 * {@code index[p·taps + j]}. 1-D: pixel p + j (mod N when circular). 2-D, row-major pixels and
 * taps: position (p_r, p_c), tap (a, c) → pixel ((p_r + a) mod size, (p_c + c) mod size) when
 * circular (circular padding on the torus), else the positions with the whole patch inside.
 * The patch-AGOP, the ConvRFM and the 2-D conv pass all read images through it.
 *
 * @param index     positions × taps pixel indices
 * @param positions number of patches
 * @param taps      pixels per patch, F^dim
 * @param pixels    N
 */
public record Patches(int[] index, int positions, int taps, int pixels) {

    /** The patches of {@code net}'s layer. */
    public static Patches of(ConvNet net) {
        return of(net.dim, net.side, net.width, net.circular);
    }

    /**
     * @param dim      1 or 2
     * @param side     pixels per side
     * @param width    F
     * @param circular wrap around (else valid positions only)
     */
    public static Patches of(int dim, int side, int width, boolean circular) {
        int perAxis = circular ? side : side - width + 1;
        if (width < 1 || width > side || perAxis < 1) {
            throw new IllegalArgumentException("patch width must be in [1, " + side + "]: " + width);
        }
        return dim == 1 ? ring(side, width, perAxis) : torus(side, width, perAxis);
    }

    private static Patches ring(int side, int width, int positions) {
        int[] index = new int[positions * width];
        for (int p = 0; p < positions; p++) {
            for (int j = 0; j < width; j++) {
                index[p * width + j] = (p + j) % side;
            }
        }
        return new Patches(index, positions, width, side);
    }

    private static Patches torus(int side, int width, int perAxis) {
        int taps = width * width;
        int positions = perAxis * perAxis;
        int[] index = new int[positions * taps];
        for (int pr = 0; pr < perAxis; pr++) {
            for (int pc = 0; pc < perAxis; pc++) {
                int base = (pr * perAxis + pc) * taps;
                for (int a = 0; a < width; a++) {
                    for (int c = 0; c < width; c++) {
                        index[base + a * width + c] = (pr + a) % side * side + (pc + c) % side;
                    }
                }
            }
        }
        return new Patches(index, positions, taps, side * side);
    }

    /**
     * Unfolds one image: out[p·taps + j] = x[off + index[p·taps + j]].
     *
     * @param x   the image. Not modified.
     * @param out positions × taps. Modified.
     */
    public void unfold(double[] x, int off, double[] out) {
        for (int i = 0; i < index.length; i++) {
            out[i] = x[off + index[i]];
        }
    }

    /**
     * The image matrix Σ_p U_pᵀ A U_p of a patch matrix A (U_p: the taps × N selection of patch p),
     * so that ‖x − z‖²_lift(A) = Σ_p (patch_p(x) − patch_p(z))ᵀ A (patch_p(x) − patch_p(z)).
     *
     * @param a taps × taps, row-major. Not modified.
     * @return N × N, row-major
     */
    public double[] lift(double[] a) {
        double[] out = new double[pixels * pixels];
        for (int p = 0; p < positions; p++) {
            int base = p * taps;
            for (int j = 0; j < taps; j++) {
                int row = index[base + j] * pixels;
                for (int l = 0; l < taps; l++) {
                    out[row + index[base + l]] += a[j * taps + l];
                }
            }
        }
        return out;
    }

    /**
     * The patch matrix Σ_p U_p Q U_pᵀ of an image matrix Q: (fold Q)_jl = Σ_p Q[index(p, j), index(p, l)].
     *
     * @param q N × N, row-major. Not modified.
     * @return taps × taps, row-major
     */
    public double[] fold(double[] q) {
        double[] out = new double[taps * taps];
        for (int p = 0; p < positions; p++) {
            int base = p * taps;
            for (int j = 0; j < taps; j++) {
                int row = index[base + j] * pixels;
                for (int l = 0; l < taps; l++) {
                    out[j * taps + l] += q[row + index[base + l]];
                }
            }
        }
        return out;
    }
}
