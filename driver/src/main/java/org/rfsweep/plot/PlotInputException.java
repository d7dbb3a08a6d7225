package org.rfsweep.plot;

/**
 * A plot or report request that cannot be served: an unknown sweep, axis, metric or selection, a
 * missing results root, a figure kind that does not apply to the sweep. The message is one line
 * naming what is wrong; the commands print it and exit 2 without writing anything.
 */
public final class PlotInputException extends org.rfsweep.InvalidInputException {
    private static final long serialVersionUID = 1L;

    public PlotInputException(String message) {
        super(message);
    }
}
