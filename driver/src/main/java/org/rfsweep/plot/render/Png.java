package org.rfsweep.plot.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Renders charts to PNG without a display: {@code java.awt.headless} is set before any AWT class
 * loads (servers have no X11), and galleries of small charts are tiled into one image.
 */
public final class Png {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Png() {
    }

    /** The chart as an image of its own size. */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }

    /**
     * Tiles equally sized images row by row, {@code columns} per row, under a title strip.
     *
     * @param tiles at least one, all of the first tile's size
     */
    public static BufferedImage tile(String title, List<BufferedImage> tiles, int columns) {
        int w = tiles.get(0).getWidth();
        int h = tiles.get(0).getHeight();
        int rows = (tiles.size() + columns - 1) / columns;
        int strip = 40;
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 16);
        // as wide as the title: a gallery of one tile (a single neuron) would otherwise cut off its grid point
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        int titleWidth = pg.getFontMetrics(font).stringWidth(title) + 20;
        pg.dispose();
        BufferedImage out = new BufferedImage(Math.max(titleWidth, w * Math.min(columns, tiles.size())), strip + h * rows,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(title, 10, 26);
            for (int i = 0; i < tiles.size(); i++) {
                g.drawImage(tiles.get(i), (i % columns) * w, strip + (i / columns) * h, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
