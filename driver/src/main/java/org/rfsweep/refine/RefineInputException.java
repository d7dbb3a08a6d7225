package org.rfsweep.refine;

/** Invalid input to {@code refine} (an option, or a sweep not run yet): one line, exit code 2, nothing written. */
public final class RefineInputException extends org.rfsweep.InvalidInputException {
    private static final long serialVersionUID = 1L;

    public RefineInputException(String message) {
        super(message);
    }
}
