package org.rfsweep.data;

import org.apache.commons.rng.UniformRandomProvider;
import org.rfsweep.kernel.DoublePair;

/**
 * Exact samples of the 1-D Ising ring ({@link IsingRing}) by rejection (SCIENCE.md §7): each of
 * the N bonds is a domain wall independently with probability p = (1 − tanh J)/2; all N bonds are
 * redrawn until the number of walls is even (a ring has an even number of walls; acceptance
 * ½(1 + t^N) ≥ ½); the first spin is ±1 at random and each next spin flips at a wall.
 *
 * <p>Why it is exact: p/(1 − p) = e^(−2J), so the independent walls give a wall configuration with
 * W walls probability ∝ e^(−2JW), and exp(J Σ s_i s_(i+1)) = e^(J(N − 2W)); conditioning on W even
 * keeps exactly the configurations a ring allows, each with two spin states (a global flip).
 * (Fixing the last bond from the parity instead would be wrong.)
 *
 * <p>Per sample, in order: one word for the class (its top bit) and the first spin (the next bit),
 * then N words per attempt (wall iff its top 53 bits fall below p · 2^53).
 */
final class IsingSampleStream implements SampleStream {
    private final int n;
    private final BulkNormals random;
    /** Per class, p · 2^53 rounded: a wall iff (word &gt;&gt;&gt; 11) &lt; threshold. */
    private final long[] threshold = new long[2];

    IsingSampleStream(int n, DoublePair coupling, UniformRandomProvider rng) {
        this.n = n;
        this.random = BulkNormals.of(rng);
        for (int m = 0; m < 2; m++) {
            double p = (1 - Math.tanh(coupling.get(m))) / 2;
            threshold[m] = Math.round(p * 0x1.0p53);
        }
    }

    @Override
    public int pixels() {
        return n;
    }

    @Override
    public int next(double[] x, int offset) {
        long bits = random.nextLong();
        int m = (int) (bits >>> 63);
        double spin = ((bits >>> 62) & 1) == 0 ? 1.0 : -1.0;
        long limit = threshold[m];
        int walls;
        do {
            walls = 0;
            for (int i = 0; i < n; i++) {
                // x[offset + i] holds -1 at a wall after bond i (between pixel i and i + 1), else +1
                boolean wall = (random.nextLong() >>> 11) < limit;
                x[offset + i] = wall ? -1.0 : 1.0;
                walls += wall ? 1 : 0;
            }
        } while ((walls & 1) != 0);
        for (int i = 0; i < n; i++) {
            double flip = x[offset + i];
            x[offset + i] = spin;
            spin *= flip;
        }
        return m;
    }
}
