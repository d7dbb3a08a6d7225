package org.rfsweep.plot;

/** The figure kinds of {@code rfsweep plot --kind}. */
public enum PlotKind {
    /** A phase metric over two swept axes with the localisation boundary. */
    PHASE("phase"),
    /** IPR(t) per neuron and its seed mean, per grid point. */
    TRAJECTORIES("trajectories"),
    /** The final receptive fields of one trial per grid point. */
    FIELDS("fields"),
    /**
     * A run metric (default: the kernel's headline) against a swept axis (default: its natural
     * one) with standard errors, the reference level and the data statistic.
     */
    METRIC_VS_AXIS("metric-vs-axis"),
    /**
     * A trajectories column (default: the test loss) against time, mean ± seed sd, one figure per
     * value combination of the numeric swept axes, one series per value of the others, with the
     * curves of overlaid sweeps at the same grid points (e.g. a theory kernel's prediction).
     */
    CURVES("curves");

    /** The label this kind had before it was generalised from the gain; still accepted. */
    public static final String DEPRECATED_GAIN_LABEL = "ipr-vs-gain";

    private final String label;

    PlotKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
