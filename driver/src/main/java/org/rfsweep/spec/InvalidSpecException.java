package org.rfsweep.spec;

/**
 * A sweep spec that cannot run. The message is the one line the user sees: it names the field
 * (e.g. {@code grid.gain[2]}) and says what is wrong. The CLI maps it to exit code 2
 * ({@link org.rfsweep.InvalidInputException}).
 */
public class InvalidSpecException extends org.rfsweep.InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidSpecException(String field, String message) {
        super(field.isEmpty() ? message : field + ": " + message);
        this.field = field;
    }

    public InvalidSpecException(String field, String message, Throwable cause) {
        super(field.isEmpty() ? message : field + ": " + message, cause);
        this.field = field;
    }

    @Override
    public String kind() {
        return "invalid spec";
    }

    /** The offending field's path in the spec, or empty when the problem is the whole file. */
    public String field() {
        return field;
    }
}
