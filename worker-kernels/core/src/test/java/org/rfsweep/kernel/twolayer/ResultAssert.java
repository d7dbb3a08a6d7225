package org.rfsweep.kernel.twolayer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.Trajectory;
import org.rfsweep.kernel.TrialResult;

/** Bit-for-bit comparison of two trial results (records compare arrays by reference, so field by field). */
final class ResultAssert {
    private ResultAssert() {
    }

    static void assertIdentical(TrialResult a, TrialResult b) {
        assertEquals(a.status(), b.status());
        assertEquals(a.message(), b.message());
        assertEquals(a.divergedStep(), b.divergedStep());
        assertEquals(a.steps(), b.steps());
        assertEquals(a.scalars(), b.scalars()); // Double.equals: bitwise, NaN equal to NaN
        Trajectory ta = a.trajectory();
        Trajectory tb = b.trajectory();
        assertArrayEquals(ta.steps(), tb.steps());
        assertArrayEquals(ta.times(), tb.times());
        assertArrayEquals(ta.testLoss(), tb.testLoss());
        assertArrayEquals(ta.testAccuracy(), tb.testAccuracy());
        assertArrayEquals(ta.iprMean(), tb.iprMean());
        assertArrayEquals(ta.iprMax(), tb.iprMax());
        assertEquals(ta.size(), tb.size());
        for (int j = 0; j < ta.size(); j++) {
            assertArrayEquals(ta.iprPerNeuron()[j], tb.iprPerNeuron()[j]);
        }
        assertEquals(a.neurons().size(), b.neurons().size());
        for (int j = 0; j < a.neurons().size(); j++) {
            NeuronResult na = a.neurons().get(j);
            NeuronResult nb = b.neurons().get(j);
            assertEquals(na.neuron(), nb.neuron());
            assertEquals(Double.doubleToRawLongBits(na.bias()), Double.doubleToRawLongBits(nb.bias()));
            assertArrayEquals(na.weights(), nb.weights());
            assertEquals(na.ipr(), nb.ipr());
            assertArrayEquals(na.centre(), nb.centre());
            assertArrayEquals(na.width(), nb.width());
            assertEquals(na.peakMass(), nb.peakMass());
            assertEquals(na.localised(), nb.localised());
        }
    }
}
