package org.rfsweep.plot.render;

import java.awt.image.BufferedImage;
import java.util.function.Supplier;

/**
 * One rendered figure.
 *
 * @param fileName e.g. {@code phase-frac_localised.png}
 * @param render   draws it (figures are drawn one at a time, as they are written)
 * @param caption  one sentence saying what it shows
 */
public record Figure(String fileName, Supplier<BufferedImage> render, String caption) {
}
