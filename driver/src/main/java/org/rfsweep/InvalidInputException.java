package org.rfsweep;

/**
 * Input a command cannot use: a spec, an option, a query, a sweep or axis name, a request for
 * figures that do not apply. Found before anything is written; the message is the one line the
 * user sees and names what is wrong. The CLI turns every one of these, in one place
 * ({@code cli.Main}), into that line after the command's name and exit code 2, with no stack trace.
 *
 * <p>Each part of the driver has its own subclass (so a signature says which kind of input it
 * checks); {@link #kind()} is the few words the line starts with, e.g. {@code invalid spec}.
 */
public abstract class InvalidInputException extends Exception {
    private static final long serialVersionUID = 1L;

    protected InvalidInputException(String message) {
        super(message);
    }

    protected InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What kind of input is wrong, to start the line with (e.g. {@code invalid spec}); empty for none. */
    public String kind() {
        return "";
    }
}
