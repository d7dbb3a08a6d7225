package org.rfsweep.analysis.cumulant;

import org.rfsweep.data.InputConfig;
import org.rfsweep.kernel.ResolvedParams;

/**
 * The typed settings of one {@code cumulant-cp} trial.
 *
 * @param input    the input distribution
 * @param cls      the class whose cumulant is decomposed (0 or 1)
 * @param samples  size of the sample set
 * @param rank     number of factors
 * @param restarts random starts per factor
 * @param maxIter  power-method steps per start
 * @param tol      step-size tolerance
 * @param seed     seed of the random streams
 */
public record CumulantConfig(InputConfig input, int cls, int samples, int rank, int restarts, int maxIter,
                             double tol, long seed) {

    /** Reads every parameter of {@link CumulantSchema#PARAMS}. */
    public static CumulantConfig from(ResolvedParams p) {
        InputConfig input = InputConfig.from(p);
        return new CumulantConfig(input, p.getInt("class"), p.getInt("samples"), p.getInt("rank"),
                p.getInt("restarts"), p.getInt("max_iter"), p.getDouble("tol"), p.getLong("seed"));
    }

    /** N. */
    public int pixels() {
        return input.pixels();
    }
}
