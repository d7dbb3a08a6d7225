package org.rfsweep.analysis.flow;

/**
 * A {@link ClassSpectrum} from the first rows of the two class covariances, E[x_0 x_i] for every
 * pixel i: λ(q) = Σ_i row[i] cos(2π q·i / size), the DFT of a real even row (its sine part
 * vanishes). Direct O(N²) sums rather than an FFT: they run once per trial and N ≤ 4096.
 */
final class CirculantSpectrum implements ClassSpectrum {
    private final int dim;
    private final int size;
    private final double[][] lambda;

    /**
     * @param row0 first row of Σ_0, N values in pixel order. Not modified.
     * @param row1 first row of Σ_1. Not modified.
     */
    CirculantSpectrum(int dim, int size, double[] row0, double[] row1) {
        this.dim = dim;
        this.size = size;
        this.lambda = new double[][] {dft(row0), dft(row1)};
    }

    private double[] dft(double[] row) {
        int n = row.length;
        double[] out = new double[n];
        double[] cos = new double[size];
        for (int j = 0; j < size; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / size);
        }
        for (int q = 0; q < n; q++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += row[i] * cos[FourierGrid.phaseIndex(dim, size, q, i)];
            }
            out[q] = sum;
        }
        return out;
    }


    @Override
    public int dim() {
        return dim;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public double[] eigenvalues(int m) {
        return lambda[m].clone();
    }
}
