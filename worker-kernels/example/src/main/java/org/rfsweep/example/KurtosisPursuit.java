package org.rfsweep.example;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rfsweep.data.InputModel;
import org.rfsweep.data.SampleStream;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;
import org.rfsweep.kernel.TrialStatus;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;

/**
 * One trial of {@link KurtosisPursuitKernel}: projected gradient descent of the batch kurtosis
 * K(w) = m4 / m2² of y = w·x on the unit sphere, m_k = mean of y^k over the batch. With
 * g1 = mean y x and g3 = mean y³ x, ∇K = 4 g3 / m2² − 4 m4 g1 / m2³; the step removes the radial
 * part (∇K − (∇K·w) w), moves by −lr times it, and renormalises. Buffers are allocated once.
 */
final class KurtosisPursuit {
    /** Weight snapshots recorded (plus the start). */
    private static final int SNAPSHOTS = 20;

    private final InputModel inputs;
    private final double lr;
    private final int steps;
    private final int batch;
    private final int n;

    KurtosisPursuit(InputModel inputs, double lr, int steps, int batch) {
        this.inputs = inputs;
        this.lr = lr;
        this.steps = steps;
        this.batch = batch;
        this.n = inputs.pixels();
    }

    TrialResult run(UniformRandomProvider weightsRng, UniformRandomProvider trainRng) {
        double[] w = initial(weightsRng);
        SampleStream stream = inputs.stream(trainRng);
        double[] xs = new double[batch * n];
        int[] classes = new int[batch];
        double[] g1 = new double[n];
        double[] g3 = new double[n];
        List<long[]> at = new ArrayList<>();
        List<Double> ipr = new ArrayList<>();
        at.add(new long[] {0});
        ipr.add(Ipr.of(w));
        double kurtosis = Double.NaN;
        for (int step = 1; step <= steps; step++) {
            stream.next(xs, classes, batch);
            kurtosis = descend(w, xs, g1, g3);
            if (!Double.isFinite(kurtosis) || !Double.isFinite(w[0])) {
                return diverged(step);
            }
            if (step == steps || step % Math.max(1, steps / SNAPSHOTS) == 0) {
                at.add(new long[] {step});
                ipr.add(Ipr.of(w));
            }
        }
        return result(w, kurtosis, at, ipr);
    }

    private double[] initial(UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = normal.sample();
        }
        normalise(w);
        return w;
    }

    /** One step on the batch {@code xs}; returns the batch kurtosis before the step. {@code w} modified. */
    private double descend(double[] w, double[] xs, double[] g1, double[] g3) {
        java.util.Arrays.fill(g1, 0);
        java.util.Arrays.fill(g3, 0);
        double m2 = 0;
        double m4 = 0;
        for (int s = 0; s < batch; s++) {
            int off = s * n;
            double y = 0;
            for (int i = 0; i < n; i++) {
                y += w[i] * xs[off + i];
            }
            double y2 = y * y;
            m2 += y2;
            m4 += y2 * y2;
            double y3 = y2 * y;
            for (int i = 0; i < n; i++) {
                g1[i] += y * xs[off + i];
                g3[i] += y3 * xs[off + i];
            }
        }
        m2 /= batch;
        m4 /= batch;
        double radial = 0;
        for (int i = 0; i < n; i++) {
            g1[i] = 4 * (g3[i] / batch) / (m2 * m2) - 4 * m4 * (g1[i] / batch) / (m2 * m2 * m2); // g1 now holds ∇K
            radial += g1[i] * w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] -= lr * (g1[i] - radial * w[i]);
        }
        normalise(w);
        return m4 / (m2 * m2);
    }

    private static void normalise(double[] w) {
        double norm = 0;
        for (double v : w) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < w.length; i++) {
            w[i] /= norm;
        }
    }

    private TrialResult diverged(int step) {
        Map<String, Double> nan = new java.util.LinkedHashMap<>();
        KurtosisPursuitKernel.METRICS.forEach(m -> nan.put(m.name(), Double.NaN));
        return new TrialResult(TrialStatus.DIVERGED, "non-finite kurtosis or filter at step " + step, step, step,
                nan, Trajectory.EMPTY, List.of());
    }

    private TrialResult result(double[] w, double kurtosis, List<long[]> at, List<Double> ipr) {
        double finalIpr = Ipr.of(w);
        boolean localised = finalIpr >= Ipr.localisedThreshold(n);
        ReceptiveField field = ReceptiveField.of(w, 0, new Lattice(1, n, true), inputs.config().xi().first());
        NeuronResult neuron = new NeuronResult(0, 0, w, finalIpr, field.centre(), field.width(), field.peakMass(), localised);
        Map<String, Double> scalars = new java.util.LinkedHashMap<>();
        scalars.put("filter_ipr", finalIpr);
        scalars.put("localised", localised ? 1.0 : 0.0);
        scalars.put("projection_kurtosis", kurtosis);
        scalars.put("random_ipr", Ipr.randomLevel(n));
        scalars.put("input_kurtosis", inputs.theoreticalExcessKurtosis());
        return new TrialResult(TrialStatus.OK, null, -1, steps, scalars, trajectory(at, ipr), List.of(neuron));
    }

    /** IPR of the one filter at each snapshot; time is the step (no test set: loss and accuracy NaN). */
    private static Trajectory trajectory(List<long[]> at, List<Double> ipr) {
        int k = at.size();
        long[] steps = new long[k];
        double[] time = new double[k];
        double[] nan = new double[k];
        double[] values = new double[k];
        double[][] perNeuron = new double[k][];
        for (int s = 0; s < k; s++) {
            steps[s] = at.get(s)[0];
            time[s] = steps[s];
            nan[s] = Double.NaN;
            values[s] = ipr.get(s);
            perNeuron[s] = new double[] {values[s]};
        }
        return new Trajectory(steps, time, nan, nan.clone(), values, values.clone(), perNeuron);
    }
}
