package org.rfsweep.executor;

/** A task stopped because its job was cancelled; nothing of its chunk is committed. */
public class TaskCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String where, Throwable cause) {
        super("cancelled at " + where, cause);
    }
}
