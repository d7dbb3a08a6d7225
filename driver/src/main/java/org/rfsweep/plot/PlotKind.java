package org.rfsweep.plot;

/** The figure kinds of {@code rfsweep plot --kind}. */
public enum PlotKind {
    /** A phase metric over two swept axes with the localisation boundary. */
    PHASE("phase"),
    /** IPR(t) per neuron and its seed mean, per grid point. */
    TRAJECTORIES("trajectories"),
    /** The final receptive fields of one trial per grid point. */
    FIELDS("fields"),
    /** A run metric against gain with standard errors, and the data kurtosis. */
    IPR_VS_GAIN("ipr-vs-gain");

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
