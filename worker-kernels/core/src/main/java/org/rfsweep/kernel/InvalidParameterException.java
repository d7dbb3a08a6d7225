package org.rfsweep.kernel;

/**
 * A parameter value (or combination of values) that a kernel cannot run with. Raised before
 * training, by validation; the message names the parameter and says what is wrong.
 */
public class InvalidParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter as written in a spec. */
    public String parameter() {
        return parameter;
    }
}
