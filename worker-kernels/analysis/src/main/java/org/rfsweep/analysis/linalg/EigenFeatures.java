package org.rfsweep.analysis.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * The leading eigenvectors of a learned symmetric feature matrix (an RFM metric, a patch-AGOP)
 * measured like receptive fields (SCIENCE.md §4): IPR, localised when IPR ≥ 3·3/(d+2) for
 * vectors of d entries, and the shape metrics of the vector as placed on the image.
 *
 * @param values eigenvalues, decreasing (all d)
 * @param ipr    IPR of the {@code top} leading eigenvectors
 * @param rows   those eigenvectors as receptive-field rows (bias column = eigenvalue, sign fixed
 *               by {@link SignConvention})
 */
public record EigenFeatures(double[] values, double[] ipr, List<NeuronResult> rows) {

    /**
     * @param matrix   d × d symmetric, row-major. Not modified.
     * @param top      how many leading eigenvectors to measure (≤ d)
     * @param firstRow neuron index of the first row
     * @param place    maps an eigenvector (d values) to the N-pixel image vector of its row
     *                 (identity when d = N; zero-padding for a patch)
     * @param lattice  the image geometry
     * @param xi0      ξ0, for the peak-mass window
     */
    public static EigenFeatures of(double[] matrix, int d, int top, int firstRow, UnaryOperator<double[]> place,
                                   Lattice lattice, double xi0) {
        SymmetricEigen eig = SymmetricEigen.of(matrix, d);
        double threshold = Ipr.localisedThreshold(d);
        double[] ipr = new double[top];
        List<NeuronResult> rows = new ArrayList<>(top);
        for (int r = 0; r < top; r++) {
            double[] u = SignConvention.orient(eig.vector(r));
            ipr[r] = Ipr.of(u);
            double[] image = place.apply(u);
            ReceptiveField rf = ReceptiveField.of(image, 0, lattice, xi0);
            rows.add(new NeuronResult(firstRow + r, eig.values()[r], image, ipr[r], rf.centre(), rf.width(),
                    rf.peakMass(), ipr[r] >= threshold));
        }
        return new EigenFeatures(eig.values(), ipr, rows);
    }

    /** Mean IPR of the measured eigenvectors. */
    public double iprMean() {
        return Summary.mean(ipr);
    }

    /** Max IPR of the measured eigenvectors. */
    public double iprMax() {
        return Summary.max(ipr);
    }

    /** How many of them are localised. */
    public double localised() {
        return rows.stream().filter(NeuronResult::localised).count();
    }

    /** λ_1 / Σ λ (NaN when the trace is not positive). */
    public double leadingShare() {
        double trace = 0;
        for (double v : values) {
            trace += v;
        }
        return trace > 0 ? values[0] / trace : Double.NaN;
    }

    /** The measured eigenvectors' image vectors, in order. */
    public List<double[]> vectors() {
        return rows.stream().map(NeuronResult::weights).toList();
    }
}
