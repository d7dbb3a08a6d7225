package org.rfsweep.cli;

/**
 * An option or path the command cannot use (an output that is a file, an unwritable directory, a
 * dangling symbolic link...), found before anything is created. The message is the one line the
 * user sees and names the option; {@link Main} prints it after the command's name, exit code 2.
 * Also what a command throws for any other input found wrong by the command itself.
 */
final class InvalidOptionException extends org.rfsweep.InvalidInputException {
    private static final long serialVersionUID = 1L;

    InvalidOptionException(String option, String message) {
        super(option + ": " + message);
    }
}
