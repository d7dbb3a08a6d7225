package org.rfsweep.analysis.conv;

/**
 * The {@link ConvPass} of any dimension (used for 2-D): the sample is unfolded into its patches
 * ({@link Patches}, positions × taps, one gather per step), then each pre-activation is one
 * contiguous dot product h_kp = s Σ_j f_kj u_pj and each filter gradient one sum over positions.
 * Unfolding costs taps·P doubles of workspace (10,000 at a 20 × 20 torus with 5 × 5 filters) and
 * keeps both loops on contiguous memory, where index arithmetic mod size inside them would not.
 */
final class UnfoldedConvPass extends ConvPass {
    private final Patches patches;
    private final double[] u;

    UnfoldedConvPass(ConvNet net, Patches patches) {
        super(net);
        this.patches = patches;
        this.u = new double[patches.index().length];
    }

    @Override
    void load(double[] x, int off) {
        patches.unfold(x, off, u);
    }

    @Override
    void convolve(int kk) {
        double[] row = h[kk];
        double[] f = net.filters[kk];
        int taps = net.taps;
        double scale = net.inputScale;
        double bias = net.b[kk];
        for (int q = 0; q < net.positions; q++) {
            int base = q * taps;
            double a = 0;
            for (int j = 0; j < taps; j++) {
                a = Math.fma(f[j], u[base + j], a);
            }
            row[q] = a * scale + bias;
        }
    }

    @Override
    void filterGradient(double[] gf) {
        int taps = net.taps;
        for (int q = 0; q < net.positions; q++) {
            double d = delta[q] * net.inputScale;
            int base = q * taps;
            for (int j = 0; j < taps; j++) {
                gf[j] = Math.fma(d, u[base + j], gf[j]);
            }
        }
    }

    @Override
    void addPatch(double[] gf, int q, double d) {
        int base = q * net.taps;
        for (int j = 0; j < net.taps; j++) {
            gf[j] += d * net.inputScale * u[base + j];
        }
    }
}
