package org.rfsweep.analysis.convrfm;

import java.util.List;
import org.rfsweep.analysis.conv.ConvSchema;
import org.rfsweep.analysis.rfm.RfmSchema;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamSchema;

/**
 * The parameters and metrics of the {@code conv-rfm} kernel: every {@code conv-net} parameter (the
 * patch size is {@code filter_width}, and the conv net and FC network of the grid point are the
 * comparison), test_size defaulting to 2,000, then the kernel machine's settings of {@code rfm}.
 */
public final class ConvRfmSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(RfmSchema.params(ConvSchema.PARAMS.params()));

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "test mean squared error of the refit with the final M"),
            new MetricSpec("final_test_accuracy", "test accuracy of the refit with the final M, in [0, 1]")
                    .titled("final test accuracy").withRoles(MetricRole.HEADLINE),
            new MetricSpec("initial_test_loss", "test loss of the first fit, M = I/|I|_F"),
            new MetricSpec("initial_test_accuracy", "test accuracy of the first fit"),
            new MetricSpec("conv_final_test_accuracy", "final test accuracy of the conv-net of the grid point"),
            new MetricSpec("fc_final_test_accuracy", "final test accuracy of the twolayer-sgd network (compare_fc)"),
            new MetricSpec("m_conv_corr", "Pearson correlation of M with the trained conv net's filter covariance W^T W")
                    .titled("corr(M, conv W^T W)").withRoles(MetricRole.HEADLINE),
            new MetricSpec("m_conv_cos", "cosine similarity of M with W^T W"),
            new MetricSpec("m_conv_corr_initial", "Pearson correlation of M with the initial filters' W0^T W0: the baseline"),
            new MetricSpec("m_cnfa_corr", "Pearson correlation of M with the trained conv net's patch-AGOP"),
            new MetricSpec("m_eig1_ipr", "IPR of M's leading eigenvector (taps entries)"),
            new MetricSpec("m_eig_ipr_mean", "mean IPR of M's rfm_top leading eigenvectors"),
            new MetricSpec("m_eig_ipr_max", "max IPR of those eigenvectors"),
            new MetricSpec("m_eig_n_localised", "leading eigenvectors with IPR >= 3*3/(taps+2)"),
            new MetricSpec("m_diag_ipr", "IPR of M's diagonal"),
            new MetricSpec("m_eig1_share", "largest eigenvalue of M / its trace"),
            new MetricSpec("ncc_eig1", "best |NCC| (translations, sign) of M's padded leading eigenvector with the localised FC fields"),
            new MetricSpec("fc_n_localised", "localised FC neurons (IPR >= 3*3/(N+2))"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian patch vector, 3/(taps+2)"),
            new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("kurtosis_empirical", "excess kurtosis of the test-set pixels"));

    private ConvRfmSchema() {
    }
}
