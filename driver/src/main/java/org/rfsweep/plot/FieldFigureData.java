package org.rfsweep.plot;

import java.util.List;

/**
 * The numbers behind one gallery of final receptive fields: one trial's hidden neurons.
 *
 * @param label       the grid point
 * @param seed        the trial's seed
 * @param dim         input dimension (1: profiles, 2: images)
 * @param size        pixels per side
 * @param randomLevel the IPR of random weights, 3/(N+2)
 * @param neurons     in neuron order
 */
public record FieldFigureData(String label, long seed, int dim, int size, double randomLevel, List<Neuron> neurons) {
    public FieldFigureData {
        neurons = List.copyOf(neurons);
    }

    /**
     * @param weights w_i over the N pixels (row-major in 2-D)
     * @param bias    the trained bias b; its sign is the neuron's group (+b / -b, SCIENCE.md section 4)
     */
    public record Neuron(int neuron, double bias, double ipr, boolean localised, double[] weights) {
        public boolean positive() {
            return bias >= 0;
        }
    }
}
