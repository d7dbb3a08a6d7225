package org.rfsweep.analysis.agop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.analysis.linalg.SignConvention;
import org.rfsweep.analysis.linalg.SymmetricEigen;
import org.rfsweep.kernel.NeuronResult;
import org.rfsweep.kernel.twolayer.TestSet;
import org.rfsweep.kernel.twolayer.TwoLayerNet;
import org.rfsweep.metrics.Ipr;
import org.rfsweep.metrics.Lattice;
import org.rfsweep.metrics.ReceptiveField;
import org.rfsweep.metrics.Summary;

/**
 * The AGOP metrics of one trained network: the neural feature ansatz WᵀW ∝ G measured as Pearson
 * correlations (Beaglehole et al. arXiv 2309.00570; Radhakrishnan et al. 2024), and the
 * localisation of G's leading eigenvectors (SCIENCE.md §4-5).
 *
 * @param scalars      the AGOP metrics of {@link AgopSchema#METRICS} (those after the twolayer ones)
 * @param eigenvectors G's {@code top} leading eigenvectors as receptive-field rows: neuron index
 *                     K + r for the r-th largest eigenvalue, the {@code bias} field holding the
 *                     eigenvalue λ_r, the sign fixed so that the largest |entry| is positive
 */
public record AgopAnalysis(Map<String, Double> scalars, List<NeuronResult> eigenvectors) {

    /**
     * @param net     the trained network. Not modified.
     * @param test    the trial's test set
     * @param samples how many of its samples G averages over
     * @param top     how many leading eigenvectors to measure (≤ K)
     * @param lattice the pixel geometry (for centres and widths)
     * @param xi0     ξ0, for the peak-mass window
     */
    public static AgopAnalysis of(TwoLayerNet net, TestSet test, int samples, int top, Lattice lattice, double xi0) {
        int n = net.n;
        double[] g = Agop.of(net, test, samples);
        double[] wtw = Agop.weightGram(net);
        SymmetricEigen eig = SymmetricEigen.of(g, n);
        double trace = 0;
        for (int i = 0; i < n; i++) {
            trace += g[i * n + i];
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("nfa_corr", Pearson.of(wtw, g));
        m.put("nfa_corr_offdiag", Pearson.offDiagonal(wtw, g, n));
        m.put("nfa_corr_sqrt", Pearson.of(wtw, squareRoot(eig)));
        m.put("agop_trace", trace);
        m.put("agop_eig1_share", trace > 0 ? eig.values()[0] / trace : Double.NaN);
        List<NeuronResult> rows = eigenRows(eig, net.k, top, lattice, xi0);
        double[] ipr = rows.stream().mapToDouble(NeuronResult::ipr).toArray();
        m.put("agop_eig1_ipr", ipr[0]);
        m.put("agop_eig_ipr_mean", Summary.mean(ipr));
        m.put("agop_eig_ipr_max", Summary.max(ipr));
        m.put("agop_eig_n_localised", (double) rows.stream().filter(NeuronResult::localised).count());
        m.put("agop_samples_used", (double) samples);
        return new AgopAnalysis(m, rows);
    }

    /**
     * corr(WᵀW, G) alone, e.g. for the untrained network: with a fixed readout and neurons of
     * similar statistics M is close to a multiple of the identity plus a constant, so G ≈ c·WᵀW
     * already at initialisation; this is the baseline the trained value is read against.
     */
    public static double nfaCorrelation(TwoLayerNet net, TestSet test, int samples) {
        return Pearson.of(Agop.weightGram(net), Agop.of(net, test, samples));
    }

    /**
     * G^{1/2} = Σ_r √λ_r u_r u_rᵀ over the numerically positive eigenvalues (λ_r &gt; 10⁻¹²·λ_1:
     * G has rank ≤ K, the rest is rounding noise).
     */
    static double[] squareRoot(SymmetricEigen eig) {
        int n = eig.n();
        double[] out = new double[n * n];
        double cut = 1e-12 * eig.values()[0];
        for (int r = 0; r < n && eig.values()[r] > cut; r++) {
            double root = Math.sqrt(eig.values()[r]);
            int off = r * n;
            double[] u = eig.vectors();
            for (int i = 0; i < n; i++) {
                double a = root * u[off + i];
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += a * u[off + j];
                }
            }
        }
        return out;
    }

    private static List<NeuronResult> eigenRows(SymmetricEigen eig, int k, int top, Lattice lattice, double xi0) {
        List<NeuronResult> rows = new ArrayList<>(top);
        double threshold = Ipr.localisedThreshold(eig.n());
        for (int r = 0; r < top; r++) {
            double[] u = eig.vector(r);
            SignConvention.orient(u);
            double ipr = Ipr.of(u);
            ReceptiveField rf = ReceptiveField.of(u, 0, lattice, xi0);
            rows.add(new NeuronResult(k + r, eig.values()[r], u, ipr, rf.centre(), rf.width(), rf.peakMass(),
                    ipr >= threshold));
        }
        return rows;
    }
}
