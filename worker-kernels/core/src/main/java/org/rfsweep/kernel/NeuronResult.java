package org.rfsweep.kernel;

import java.io.Serializable;

/**
 * The final receptive field of one hidden neuron and its localisation metrics (SCIENCE.md §4).
 *
 * @param neuron    index k in [0, K)
 * @param bias      final bias b_k
 * @param weights   final first-layer weights w_k (N values, row-major pixels in 2-D)
 * @param ipr       Σw⁴ / (Σw²)²
 * @param centre    circular-mean centre per axis, in pixels
 * @param width     FWHM of |w| around the peak per axis, in pixels
 * @param peakMass  share of Σw² within ±2ξ0 of the peak
 * @param localised whether ipr ≥ 3 · 3/(N+2)
 */
public record NeuronResult(int neuron, double bias, double[] weights, double ipr, double[] centre,
                           double[] width, double peakMass, boolean localised) implements Serializable {
}
