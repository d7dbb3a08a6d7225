package org.rfsweep.plot;

import java.util.Map;

/** Human axis titles with units for the twolayer-sgd parameters (SCIENCE.md); other names as they are. */
public final class AxisTitles {
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("gain", "gain g (dimensionless)"),
            Map.entry("xi", "correlation lengths (ξ0, ξ1) (pixels)"),
            Map.entry("xi0", "correlation length ξ0 of class 0 (pixels)"),
            Map.entry("xi1", "correlation length ξ1 of class 1 (pixels)"),
            Map.entry("width", "hidden neurons K"),
            Map.entry("size", "size (pixels per side)"),
            Map.entry("time", "training time T (steps / N)"),
            Map.entry("lr", "learning rate"),
            Map.entry("inputs", "inputs (nlgp: non-Gaussian; gp: Gaussian control)"),
            Map.entry("dim", "input dimension"));

    private AxisTitles() {
    }

    public static String title(String parameter) {
        return TITLES.getOrDefault(parameter, parameter);
    }
}
