package org.rfsweep.analysis.cnfa;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.analysis.conv.ConvSchema;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;

/**
 * The parameters and metrics of the {@code cnfa} kernel: every {@code conv-net} parameter (same
 * names, defaults and meaning: the network is the conv-net of the grid point) plus the patch-AGOP's
 * own; every {@code conv-net} metric plus the ansatz and eigenvector metrics.
 */
public final class CnfaSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(params());

    /** The scalar metrics, {@link ConvSchema#METRICS} first. */
    public static final List<MetricSpec> METRICS = metrics();

    private CnfaSchema() {
    }

    private static List<ParamDef> params() {
        List<ParamDef> all = new ArrayList<>(ConvSchema.PARAMS.params());
        all.add(ParamDef.integer("cnfa_samples", 0, 0, 10_000_000,
                "test images the patch-AGOP averages over (the first ones of the fixed test set); 0 = all test_size"));
        all.add(ParamDef.integer("cnfa_top", 4, 1, 65536,
                "leading eigenvectors of the patch-AGOP whose IPR is reported (at most filter_width^dim)"));
        return all;
    }

    private static List<MetricSpec> metrics() {
        List<MetricSpec> all = new ArrayList<>(ConvSchema.METRICS);
        all.add(new MetricSpec("cnfa_corr", "Pearson correlation (centred, flattened) of the filter covariance W^T W and the patch-AGOP G")
                .titled("corr(W^T W, patch-AGOP)").withRoles(MetricRole.HEADLINE));
        all.add(new MetricSpec("cnfa_cos", "cosine similarity of W^T W and G"));
        all.add(new MetricSpec("cnfa_corr_initial_filters", "Pearson correlation of the initial filters' W0^T W0 with the trained G: the baseline"));
        all.add(new MetricSpec("cnfa_cos_initial_filters", "cosine similarity of W0^T W0 with the trained G"));
        all.add(new MetricSpec("cnfa_corr_untrained", "cnfa_corr of the untrained network (W0^T W0 against its own G0)"));
        all.add(new MetricSpec("cnfa_eig1_ipr", "IPR of G's leading eigenvector (taps entries)"));
        all.add(new MetricSpec("cnfa_eig_ipr_mean", "mean IPR of G's cnfa_top leading eigenvectors"));
        all.add(new MetricSpec("cnfa_eig_ipr_max", "max IPR of those eigenvectors"));
        all.add(new MetricSpec("cnfa_eig_n_localised", "leading eigenvectors with IPR >= 3*3/(taps+2)"));
        all.add(new MetricSpec("cnfa_eig1_share", "largest eigenvalue of G / its trace"));
        all.add(new MetricSpec("cnfa_samples_used", "test images the patch-AGOP averaged over"));
        return List.copyOf(all);
    }
}
