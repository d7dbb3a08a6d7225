package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationTest {
    private static final double ALPHA = Math.sqrt(2 / Math.PI);
    private static final double BETA = ALPHA / 2;

    @Test
    void valuesMatchTheirDefinitions() {
        for (double h : new double[] {-3.1, -0.4, 0.0, 0.25, 2.0}) {
            assertEquals(Erf.erf(h / Math.sqrt(2)), Activation.of("erf", 0, 0).value(h), 1e-15);
            assertEquals(Math.max(0, h), Activation.of("relu", 0, 0).value(h));
            assertEquals(Math.tanh(h), Activation.of("tanh", 0, 0).value(h));
            assertEquals(1 / (1 + Math.exp(-h)), Activation.of("sigmoid", 0, 0).value(h), 1e-16);
            assertEquals(h, Activation.of("linear", 0, 0).value(h));
            assertEquals(ALPHA * h - BETA / 3 * h * h * h, Activation.of("cubic", ALPHA, BETA).value(h), 1e-15);
        }
        // the default cubic is erf(h/√2)'s Taylor expansion to third order
        assertEquals(Erf.erf(0.01 / Math.sqrt(2)), Activation.of("cubic", ALPHA, BETA).value(0.01), 1e-11);
    }

    /** σ' against a central difference (error O(δ²) ≈ 1e-10 at δ = 1e-5). */
    @ParameterizedTest
    @ValueSource(strings = {"erf", "relu", "tanh", "sigmoid", "linear", "cubic"})
    void derivativesMatchFiniteDifferencesAndBulkFormsMatchScalar(String name) {
        Activation a = Activation.of(name, ALPHA, BETA);
        double[] h = {-2.3, -0.7, 0.3, 1.1, 2.9};
        double[] v = new double[7];
        double[] d = new double[7];
        double[] v2 = new double[7];
        double[] shifted = new double[7];
        System.arraycopy(h, 0, shifted, 2, h.length);
        a.apply(shifted, 2, v, d, h.length);
        a.values(shifted, 2, v2, h.length);
        for (int k = 0; k < h.length; k++) {
            double delta = 1e-5;
            double fd = (a.value(h[k] + delta) - a.value(h[k] - delta)) / (2 * delta);
            assertEquals(fd, a.derivative(h[k]), 1e-8, name + " at " + h[k]);
            assertEquals(a.value(h[k]), v[k + 2]);
            assertEquals(a.value(h[k]), v2[k + 2]);
            assertEquals(a.derivative(h[k]), d[k + 2]);
        }
    }
}
