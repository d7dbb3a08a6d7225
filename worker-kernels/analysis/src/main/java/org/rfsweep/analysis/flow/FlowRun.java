package org.rfsweep.analysis.flow;

import java.util.Arrays;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.twolayer.Schedule;

/**
 * Integrates the {@link FlowEquations} from the initial state through the snapshot times of
 * {@code twolayer-sgd}'s {@link Schedule} (t = step / N), recording the exact predicted loss at
 * every snapshot and the quasi-Monte-Carlo accuracy at the evaluation snapshots, so the
 * trajectories of prediction and simulation join on (grid point, step). commons-math3's adaptive
 * Dormand–Prince 5(4) integrator, restarted at each snapshot so that it lands on it exactly.
 */
final class FlowRun {
    private final GaussianFlowConfig cfg;
    private final FlowEquations equations;
    private final AccuracyQuadrature accuracy;
    private final Schedule schedule;
    private final double[] state;
    private final double[] loss;
    private final double[] acc;
    private int recorded;
    private String failure;

    FlowRun(GaussianFlowConfig cfg, FlowEquations equations, double[] initialState) {
        this.cfg = cfg;
        this.equations = equations;
        this.accuracy = new AccuracyQuadrature(cfg.width(), cfg.accuracyPoints());
        var net = cfg.network();
        this.schedule = Schedule.of(net.time(), net.pixels(), net.totalSteps(), net.snapshots(), net.evaluations());
        this.state = initialState.clone();
        this.loss = new double[schedule.size()];
        this.acc = new double[schedule.size()];
        Arrays.fill(loss, Double.NaN);
        Arrays.fill(acc, Double.NaN);
    }

    /** Runs to the end; false when the state stopped being finite or the integrator gave up. */
    boolean run() {
        long[] steps = schedule.steps();
        double n = cfg.pixels();
        record(0);
        DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-12, Math.max(1, cfg.network().time()),
                1e-3 * cfg.odeTolerance(), cfg.odeTolerance());
        for (int j = 1; j < steps.length; j++) {
            try {
                integrator.integrate(equations, steps[j - 1] / n, state, steps[j] / n, state);
            } catch (MathIllegalStateException e) {
                failure = "integrator stopped before t = " + steps[j] / n + ": " + e.getMessage();
                return false;
            }
            if (!finite()) {
                failure = "non-finite order parameters before t = " + steps[j] / n;
                return false;
            }
            record(j);
        }
        return true;
    }

    private boolean finite() {
        for (double v : state) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private void record(int j) {
        double l = 0;
        double a = 0;
        boolean eval = schedule.evaluate()[j];
        for (int m = 0; m < 2; m++) {
            l += 0.5 * equations.moments(state, m).loss();
            if (eval) {
                a += 0.5 * classAccuracy(m, false);
            }
        }
        loss[j] = l;
        acc[j] = eval ? a : Double.NaN;
        recorded = j + 1;
    }

    /** P(correct) for class m (class 0 correct iff ŷ ≥ threshold), or its QMC error estimate. */
    double classAccuracy(int m, boolean errorEstimate) {
        double[] b = equations.biases(state);
        double[] q = equations.overlap(state, m);
        double c = 1 / cfg.network().readout().norm(cfg.width());
        double th = cfg.network().threshold();
        return errorEstimate ? accuracy.errorEstimate(b, q, c, th, m == 0) : accuracy.probability(b, q, c, th, m == 0);
    }

    /** The current state (after run: the final one). Callers must not modify it. */
    double[] state() {
        return state;
    }

    /** Why {@link #run} returned false. */
    String failure() {
        return failure;
    }

    /** Snapshots recorded so far (all of them after a complete run). */
    int recorded() {
        return recorded;
    }

    /** The step of the last recorded snapshot. */
    long lastStep() {
        return schedule.steps()[recorded - 1];
    }

    /** The recorded trajectory: loss everywhere, accuracy at evaluations, no IPR (not predicted). */
    Trajectory trajectory() {
        int s = recorded;
        long[] steps = Arrays.copyOf(schedule.steps(), s);
        double[] times = new double[s];
        double[] nan = new double[s];
        Arrays.fill(nan, Double.NaN);
        double[][] perNeuron = new double[s][0];
        for (int j = 0; j < s; j++) {
            times[j] = steps[j] / (double) cfg.pixels();
        }
        return new Trajectory(steps, times, Arrays.copyOf(loss, s), Arrays.copyOf(acc, s), nan, nan.clone(), perNeuron);
    }
}
