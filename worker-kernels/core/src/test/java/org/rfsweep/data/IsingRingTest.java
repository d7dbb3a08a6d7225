package org.rfsweep.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rfsweep.kernel.DoublePair;
import org.rfsweep.kernel.RandomStreams;

/** The even-walls rejection sampler of the 1-D Ising ring (SCIENCE.md §7) against exact results. */
class IsingRingTest {

    /**
     * Every correlation E[s_i s_(i+d)], d = 0..N/2, translation-averaged, against
     * (t^d + t^(N−d))/(1 + t^N). Each of the N products averaged has variance 1 − c², so their
     * mean over n samples has variance ≤ (1 − c²)/n (Cauchy–Schwarz); the tolerance 6.5 times that
     * bound gives a false-failure rate below P(|Z| &gt; 6.5) ≈ 8e-11 per correlation.
     */
    @ParameterizedTest
    @CsvSource({"50, 0.5, 1.5", "12, 0.1, 3", "7, 1, 0.0"})
    void everyCorrelationIsTheExactOne(int n, double j0, double j1) {
        InputConfig cfg = new InputConfig(new IsingRing(new DoublePair(j0, j1)), false, 1, n, true,
                new DoublePair(1, 1), 0);
        InputModel model = InputModel.of(cfg);
        SampleStream stream = model.stream(RandomStreams.create(5, "ising-corr"));
        int samples = 200_000;
        double[][] sum = new double[2][n / 2 + 1];
        long[] count = new long[2];
        double[] x = new double[n];
        for (int s = 0; s < samples; s++) {
            int m = stream.next(x, 0);
            count[m]++;
            for (int d = 0; d <= n / 2; d++) {
                double acc = 0;
                for (int i = 0; i < n; i++) {
                    acc += x[i] * x[(i + d) % n];
                }
                sum[m][d] += acc / n;
            }
        }
        for (int m = 0; m < 2; m++) {
            for (int d = 0; d <= n / 2; d++) {
                double exact = cfg.family().covarianceAtDistance(cfg, m, d);
                double mean = sum[m][d] / count[m];
                double bound = 6.5 * Math.sqrt((1 - exact * exact) / count[m]) + 1e-12;
                assertTrue(Math.abs(mean - exact) <= bound,
                        "N " + n + " class " + m + " d " + d + ": " + mean + " vs exact " + exact);
            }
        }
    }

    /**
     * The sampled spin configurations against exact enumeration of all 2^N states,
     * p(s) ∝ exp(J Σ s_i s_(i+1)) with the closing bond, by Pearson's chi-square per class; states
     * with an expected count below 5 are pooled into one cell. The critical value is the chi-square
     * quantile at 1 − 1e-6, so the false-failure rate is 1e-6 per class (2e-6 per case).
     */
    @ParameterizedTest
    @CsvSource({"10, 0.3, 0.8", "12, 0.2, 0.5", "9, 0.6, 0.0"})
    void configurationsFollowTheBoltzmannLawExactly(int n, double j0, double j1) {
        DoublePair coupling = new DoublePair(j0, j1);
        InputModel model = InputModel.of(new InputConfig(new IsingRing(coupling), false, 1, n, true,
                new DoublePair(1, 1), 0));
        SampleStream stream = model.stream(RandomStreams.create(6, "ising-enum"));
        int states = 1 << n;
        long[][] observed = new long[2][states];
        long[] count = new long[2];
        double[] x = new double[n];
        for (int s = 0; s < 400_000; s++) {
            int m = stream.next(x, 0);
            int index = 0;
            for (int i = 0; i < n; i++) {
                index |= (x[i] < 0 ? 1 : 0) << i;
            }
            observed[m][index]++;
            count[m]++;
        }
        for (int m = 0; m < 2; m++) {
            double[] p = boltzmann(n, coupling.get(m));
            double chi2 = 0;
            double pooledExpected = 0;
            long pooledObserved = 0;
            int cells = 0;
            for (int s = 0; s < states; s++) {
                double e = p[s] * count[m];
                if (e < 5) {
                    pooledExpected += e;
                    pooledObserved += observed[m][s];
                } else {
                    chi2 += (observed[m][s] - e) * (observed[m][s] - e) / e;
                    cells++;
                }
            }
            if (pooledExpected > 0) {
                chi2 += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                cells++;
            }
            double critical = new ChiSquaredDistribution(cells - 1).inverseCumulativeProbability(1 - 1e-6);
            assertTrue(chi2 < critical, "N " + n + " class " + m + ": chi2 " + chi2 + " over " + (cells - 1)
                    + " dof, critical " + critical);
        }
    }

    /** Exact probabilities of every state s (bit i set = spin i is −1). */
    private static double[] boltzmann(int n, double j) {
        double[] p = new double[1 << n];
        double z = 0;
        for (int s = 0; s < p.length; s++) {
            double energy = 0;
            for (int i = 0; i < n; i++) {
                int a = (s >>> i) & 1;
                int b = (s >>> ((i + 1) % n)) & 1;
                energy += a == b ? 1 : -1;
            }
            p[s] = Math.exp(j * energy);
            z += p[s];
        }
        for (int s = 0; s < p.length; s++) {
            p[s] /= z;
        }
        return p;
    }
}
