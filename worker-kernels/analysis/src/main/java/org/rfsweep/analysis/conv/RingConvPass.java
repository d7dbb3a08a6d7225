package org.rfsweep.analysis.conv;

/**
 * The 1-D {@link ConvPass}: the input extended by its first F − 1 pixels, so the circular
 * convolution is a plain sliding dot product, h_kp = s Σ_j f_kj xe_{p+j}.
 *
 * <p>Implementation note: Java does not reassociate floating-point sums, so a single dot product
 * runs at one FMA per FMA latency; the forward pass computes four positions at a time and the
 * filter gradient four filter taps at a time, four independent FMA chains sharing each load.
 * (These loops are conv-net version 2's, unchanged: {@code ConvNetBitsTest} pins their bits.)
 */
final class RingConvPass extends ConvPass {
    private final double[] xe;

    RingConvPass(ConvNet net) {
        super(net);
        this.xe = new double[net.n + net.width - 1];
    }

    @Override
    void load(double[] x, int off) {
        int n = net.n;
        System.arraycopy(x, off, xe, 0, n);
        if (net.circular) {
            System.arraycopy(x, off, xe, n, net.width - 1);
        }
    }

    @Override
    void convolve(int kk) {
        double[] row = h[kk];
        double[] f = net.filters[kk];
        int p = net.positions;
        int w = net.width;
        int q = 0;
        for (; q + 4 <= p; q += 4) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int j = 0; j < w; j++) {
                double c = f[j];
                a0 = Math.fma(c, xe[q + j], a0);
                a1 = Math.fma(c, xe[q + 1 + j], a1);
                a2 = Math.fma(c, xe[q + 2 + j], a2);
                a3 = Math.fma(c, xe[q + 3 + j], a3);
            }
            row[q] = a0;
            row[q + 1] = a1;
            row[q + 2] = a2;
            row[q + 3] = a3;
        }
        for (; q < p; q++) {
            double a = 0;
            for (int j = 0; j < w; j++) {
                a = Math.fma(f[j], xe[q + j], a);
            }
            row[q] = a;
        }
        double scale = net.inputScale;
        double bias = net.b[kk];
        for (q = 0; q < p; q++) {
            row[q] = row[q] * scale + bias;
        }
    }

    @Override
    void addPatch(double[] gf, int q, double d) {
        for (int j = 0; j < net.width; j++) {
            gf[j] += d * net.inputScale * xe[q + j];
        }
    }

    @Override
    void filterGradient(double[] gf) {
        int p = net.positions;
        int w = net.width;
        int j = 0;
        for (; j + 4 <= w; j += 4) {
            double a0 = 0;
            double a1 = 0;
            double a2 = 0;
            double a3 = 0;
            for (int q = 0; q < p; q++) {
                double d = delta[q];
                a0 = Math.fma(d, xe[q + j], a0);
                a1 = Math.fma(d, xe[q + j + 1], a1);
                a2 = Math.fma(d, xe[q + j + 2], a2);
                a3 = Math.fma(d, xe[q + j + 3], a3);
            }
            gf[j] += net.inputScale * a0;
            gf[j + 1] += net.inputScale * a1;
            gf[j + 2] += net.inputScale * a2;
            gf[j + 3] += net.inputScale * a3;
        }
        for (; j < w; j++) {
            double a = 0;
            for (int q = 0; q < p; q++) {
                a = Math.fma(delta[q], xe[q + j], a);
            }
            gf[j] += net.inputScale * a;
        }
    }
}
