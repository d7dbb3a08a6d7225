package org.rfsweep.analysis.conv;

import java.util.ArrayList;
import java.util.List;
import org.rfsweep.kernel.MetricRole;
import org.rfsweep.kernel.MetricSpec;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.kernel.ParamSchema;
import org.rfsweep.kernel.twolayer.TwoLayerSchema;

/**
 * The parameters and metrics of the {@code conv-net} kernel. Every {@code twolayer-sgd} parameter
 * keeps its name, default and meaning (data, task, activation, readout, bias, rates, schedule,
 * test set, seed), so a spec reads the same across kernels; {@code width} is the number of
 * filters K and {@code input_scale} scales by 1/√filter_width. Added: the filter width, the
 * boundary handling of the convolution, the pooling and the FC comparison.
 */
public final class ConvSchema {
    /** The parameter schema. */
    public static final ParamSchema PARAMS = new ParamSchema(params());

    /** The scalar metrics of every result, in column order. */
    public static final List<MetricSpec> METRICS = List.of(
            new MetricSpec("final_test_loss", "test loss (mean squared error) at the end")
                    .titled("final test loss"),
            new MetricSpec("final_test_accuracy", "test accuracy at the end, in [0, 1]")
                    .titled("final test accuracy"),
            new MetricSpec("ipr_mean", "mean IPR over filters at the end (IPR of the width-F filter)")
                    .titled("mean IPR of the K filters").withRoles(MetricRole.HEADLINE),
            new MetricSpec("ipr_max", "max IPR over filters at the end"),
            new MetricSpec("ipr_random_level", "IPR of a random Gaussian filter, 3/(taps+2), taps = F^dim")
                    .withRoles(MetricRole.REFERENCE_LEVEL),
            new MetricSpec("width_mean_pos", "mean FWHM (pixels; mean over both axes in 2-D) of the +b filters (first floor(K/2))"),
            new MetricSpec("width_mean_neg", "mean FWHM (pixels) of the -b filters"),
            new MetricSpec("ncc_mean", "mean over filters of the best |NCC| (shifts, sign) with the FC's localised fields"),
            new MetricSpec("ncc_min", "min over filters of that best |NCC|"),
            new MetricSpec("ncc_max", "max over filters of that best |NCC|"),
            new MetricSpec("ncc_mean_pos", "mean best |NCC| of the +b filters"),
            new MetricSpec("ncc_mean_neg", "mean best |NCC| of the -b filters"),
            new MetricSpec("ncc_initial_mean", "ncc_mean of the initial (random) filters: the chance level"),
            new MetricSpec("fc_final_test_accuracy", "final test accuracy of the FC twolayer-sgd network"),
            new MetricSpec("fc_ipr_mean", "mean IPR of the FC network's neurons"),
            new MetricSpec("fc_n_localised", "localised FC neurons (IPR >= 3*3/(N+2)): the fields filters are matched to"),
            new MetricSpec("kurtosis_theory", "theoretical marginal excess kurtosis of the inputs")
                    .titled("marginal excess kurtosis of the inputs (theory)").withRoles(MetricRole.DATA_STATISTIC),
            new MetricSpec("kurtosis_empirical", "excess kurtosis of the test-set pixels"));

    private ConvSchema() {
    }

    private static List<ParamDef> params() {
        List<ParamDef> all = new ArrayList<>();
        for (ParamDef p : TwoLayerSchema.PARAMS.params()) {
            all.add(switch (p.name()) {
                case "width" -> p.withDoc("number of convolution filters K");
                case "input_scale" -> p.withDoc("pre-activation scaling: f.x / sqrt(filter_width) (sqrt-n) or f.x (none)");
                case "init_std" -> p.withDoc("standard deviation of the initial filter weights");
                default -> p;
            });
        }
        all.add(ParamDef.integer("filter_width", 20, 1, 4096,
                "filter width F in pixels; at least 2*max(xi0, xi1) and at most size"));
        all.add(ParamDef.choice("convolution", "circular", List.of("circular", "valid"),
                "circular: N positions, the filter wraps around the ring; valid: the N-F+1 positions inside"));
        all.add(ParamDef.choice("pooling", "mean", List.of("mean", "max"),
                "pooling of each filter's activations over positions"));
        all.add(ParamDef.bool("compare_fc", true,
                "also train the twolayer-sgd network at the same parameters and seed and match filters to its fields"));
        return all;
    }
}
