package org.rfsweep.kernel.twolayer;

import org.rfsweep.math.Erf;

/**
 * A hidden-unit activation σ and its derivative σ' (SCIENCE.md §3). The step loop calls
 * {@link #apply} once per sample for all K pre-activations, so one (possibly megamorphic) call
 * per sample replaces K calls per sample; every activation overrides the bulk methods so that
 * their inner calls stay monomorphic however many activations a JVM has run.
 */
public abstract class Activation {
    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);

    /** σ(h). */
    public abstract double value(double h);

    /** σ'(h). */
    public abstract double derivative(double h);

    /**
     * Evaluates σ and σ' on {@code h[off .. off + n)}, writing to the same positions.
     *
     * @param h     pre-activations. Not modified.
     * @param value σ(h). Modified.
     * @param deriv σ'(h). Modified.
     */
    public abstract void apply(double[] h, int off, double[] value, double[] deriv, int n);

    /**
     * Evaluates σ on {@code h[off .. off + n)} (no derivative: for test-set evaluation).
     *
     * @param h     pre-activations. Not modified.
     * @param value σ(h). Modified.
     */
    public abstract void values(double[] h, int off, double[] value, int n);

    /**
     * The activation named in the schema.
     *
     * @param alpha linear coefficient of {@code cubic}
     * @param beta  cubic coefficient of {@code cubic}
     */
    public static Activation of(String name, double alpha, double beta) {
        switch (name) {
            case "erf":
                return new ScaledErf();
            case "relu":
                return new Relu();
            case "tanh":
                return new Tanh();
            case "sigmoid":
                return new Sigmoid();
            case "linear":
                return new Linear();
            case "cubic":
                return new Cubic(alpha, beta);
            default:
                throw new IllegalArgumentException("unknown activation " + name);
        }
    }

    /** erf(h/√2), σ' = √(2/π) exp(−h²/2): the authors' default. */
    static final class ScaledErf extends Activation {
        @Override
        public double value(double h) {
            return Erf.erf(h * SQRT_HALF);
        }

        @Override
        public double derivative(double h) {
            return SQRT_2_OVER_PI * Math.exp(-0.5 * h * h);
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                double x = h[k];
                value[k] = Erf.erf(x * SQRT_HALF);
                deriv[k] = SQRT_2_OVER_PI * Math.exp(-0.5 * x * x);
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                value[k] = Erf.erf(h[k] * SQRT_HALF);
            }
        }
    }

    /** max(0, h); σ'(0) = 0 as in PyTorch. */
    static final class Relu extends Activation {
        @Override
        public double value(double h) {
            return h > 0 ? h : 0;
        }

        @Override
        public double derivative(double h) {
            return h > 0 ? 1 : 0;
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                double x = h[k];
                value[k] = x > 0 ? x : 0;
                deriv[k] = x > 0 ? 1 : 0;
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                double x = h[k];
                value[k] = x > 0 ? x : 0;
            }
        }
    }

    /** tanh h. */
    static final class Tanh extends Activation {
        @Override
        public double value(double h) {
            return Math.tanh(h);
        }

        @Override
        public double derivative(double h) {
            double t = Math.tanh(h);
            return 1 - t * t;
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                double t = Math.tanh(h[k]);
                value[k] = t;
                deriv[k] = 1 - t * t;
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                value[k] = Math.tanh(h[k]);
            }
        }
    }

    /** The logistic function 1/(1 + e^−h). */
    static final class Sigmoid extends Activation {
        @Override
        public double value(double h) {
            return 1 / (1 + Math.exp(-h));
        }

        @Override
        public double derivative(double h) {
            double s = value(h);
            return s * (1 - s);
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                double s = value(h[k]);
                value[k] = s;
                deriv[k] = s * (1 - s);
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                value[k] = 1 / (1 + Math.exp(-h[k]));
            }
        }
    }

    /** The identity. */
    static final class Linear extends Activation {
        @Override
        public double value(double h) {
            return h;
        }

        @Override
        public double derivative(double h) {
            return 1;
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                value[k] = h[k];
                deriv[k] = 1;
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                value[k] = h[k];
            }
        }
    }

    /** α h − (β/3) h³, the Taylor expansion of erf(h/√2) at α = √(2/π), β = √(2/π)/2. */
    static final class Cubic extends Activation {
        private final double alpha;
        private final double beta;

        Cubic(double alpha, double beta) {
            this.alpha = alpha;
            this.beta = beta;
        }

        @Override
        public double value(double h) {
            return alpha * h - beta / 3 * h * h * h;
        }

        @Override
        public double derivative(double h) {
            return alpha - beta * h * h;
        }

        @Override
        public void apply(double[] h, int off, double[] value, double[] deriv, int n) {
            for (int k = off; k < off + n; k++) {
                double x = h[k];
                value[k] = alpha * x - beta / 3 * x * x * x;
                deriv[k] = alpha - beta * x * x;
            }
        }

        @Override
        public void values(double[] h, int off, double[] value, int n) {
            for (int k = off; k < off + n; k++) {
                double x = h[k];
                value[k] = alpha * x - beta / 3 * x * x * x;
            }
        }
    }
}
