package org.rfsweep.analysis.conv;

import java.util.Locale;
import org.rfsweep.kernel.InvalidParameterException;
import org.rfsweep.kernel.ResolvedParams;
import org.rfsweep.kernel.twolayer.TwoLayerConfig;

/**
 * The typed settings of one {@code conv-net} trial.
 *
 * @param base        the shared {@code twolayer-sgd} settings (width = number of filters K)
 * @param filterWidth F
 * @param circular    circular convolution (N positions) or valid (N − F + 1)
 * @param maxPool     max pooling, else mean pooling
 * @param compareFc   whether to train and compare with the FC network
 */
public record ConvConfig(TwoLayerConfig base, int filterWidth, boolean circular, boolean maxPool, boolean compareFc) {

    /** Reads every parameter of {@link ConvSchema#PARAMS}. */
    public static ConvConfig from(ResolvedParams p) {
        return new ConvConfig(TwoLayerConfig.from(p), p.getInt("filter_width"),
                p.getString("convolution").equals("circular"), p.getString("pooling").equals("max"),
                p.getBoolean("compare_fc"));
    }

    /** N. */
    public int pixels() {
        return base.pixels();
    }

    /** Positions of the convolution: N (circular) or (size − F + 1)^dim (valid). */
    public int positions() {
        int perAxis = circular ? base.input().size() : base.input().size() - filterWidth + 1;
        return base.input().dim() == 1 ? perAxis : perAxis * perAxis;
    }

    /** Weights per filter: F (1-D) or F × F (2-D). */
    public int taps() {
        return base.input().dim() == 1 ? filterWidth : filterWidth * filterWidth;
    }

    /**
     * Checks what is specific to the conv net: 2·max(ξ0, ξ1) ≤ F ≤ size (a filter narrower than
     * twice the longer correlation length cannot see the feature that tells the classes apart), in
     * 1-D and 2-D (F × F filters) alike.
     *
     * @throws InvalidParameterException naming the parameter
     */
    public void validate() {
        double xi0 = base.input().xi().first();
        double xi1 = base.input().xi().second();
        double need = 2 * Math.max(xi0, xi1);
        if (filterWidth < need) {
            throw new InvalidParameterException("filter_width", String.format(Locale.ROOT,
                    "must be at least 2*max(xi0, xi1) = 2*max(%s, %s) = %s pixels, got %d",
                    xi0, xi1, need, filterWidth));
        }
        if (filterWidth > base.input().size()) {
            throw new InvalidParameterException("filter_width", String.format(Locale.ROOT,
                    "must be at most size = %d pixels, got %d", base.input().size(), filterWidth));
        }
    }
}
