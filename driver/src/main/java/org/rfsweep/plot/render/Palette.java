package org.rfsweep.plot.render;

import java.awt.Color;

/** The colours shared by the figures. */
final class Palette {
    /** Viridis at five stops (perceptually uniform, readable in grey and by colour-blind readers). */
    static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x3B528B), new Color(0x21908C),
        new Color(0x5DC963), new Color(0xFDE725)};
    /** Blue-white-red for signed weights: negative blue, zero white, positive red. */
    static final Color[] DIVERGING = {new Color(0x2166AC), new Color(0x92C5DE), new Color(0xF7F7F7),
        new Color(0xF4A582), new Color(0xB2182B)};
    /** The +b bias group (red) and the -b group (blue). */
    static final Color POSITIVE_BIAS = new Color(0xC0392B);
    static final Color NEGATIVE_BIAS = new Color(0x2471A3);
    /** Qualitative colours for series (Okabe-Ito, colour-blind safe). */
    static final Color[] SERIES = {new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)};

    private Palette() {
    }

    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
