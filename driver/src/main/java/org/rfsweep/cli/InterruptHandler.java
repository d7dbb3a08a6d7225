package org.rfsweep.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop: the first signal runs {@code onInterrupt}
 * (cancel the Spark job; the command then releases the lock and exits 1 with committed chunks
 * kept); a second one halts at once with exit 1 (the lock is then left behind and reported as
 * stale by the next run).
 *
 * <p>Implementation note: uses {@code sun.misc.Signal} from the {@code jdk.unsupported} module
 * through reflection, because a JVM shutdown hook cannot choose the exit code and javac warns on
 * any direct use of that API. If it is unavailable the JVM's default handling stays in place.
 */
final class InterruptHandler implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM");

    private final List<Object[]> previous = new ArrayList<>();
    private volatile int received;

    private InterruptHandler() {
    }

    static InterruptHandler install(Runnable onInterrupt, java.io.PrintWriter err) {
        InterruptHandler h = new InterruptHandler();
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    h.dispatcher(onInterrupt, err));
            for (String name : SIGNALS) {
                Object sig = signal.getConstructor(String.class).newInstance(name);
                h.previous.add(new Object[] {sig, handle.invoke(null, sig, handler)});
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no signal API: the default handling (exit on signal; the lock file stays) applies
        }
        return h;
    }

    private InvocationHandler dispatcher(Runnable onInterrupt, java.io.PrintWriter err) {
        return (proxy, method, args) -> {
            switch (method.getName()) {
                case "handle" -> {
                    if (++received > 1) {
                        err.println("rfsweep: interrupted again: exiting now");
                        err.flush();
                        Runtime.getRuntime().halt(ExitCodes.FAILED);
                    }
                    err.println("rfsweep: interrupted: stopping; committed chunks are kept (interrupt again to quit at once)");
                    err.flush();
                    onInterrupt.run();
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                default -> {
                    return "rfsweep interrupt handler";
                }
            }
        };
    }

    /** Restores the previous handlers. */
    @Override
    public void close() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (Object[] p : previous) {
                handle.invoke(null, p[0], p[1]);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // nothing was installed
        }
    }
}
