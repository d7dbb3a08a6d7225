package org.rfsweep.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The kernels on the classpath, found with {@link ServiceLoader}: a kernel joins by shipping a
 * {@code META-INF/services/org.rfsweep.kernel.Kernel} entry. Nothing keeps a hand-written list.
 */
public final class Kernels {
    private Kernels() {
    }

    /** All kernels on the classpath, sorted by name. */
    public static List<Kernel> all() {
        List<Kernel> kernels = new ArrayList<>();
        ServiceLoader.load(Kernel.class, Kernels.class.getClassLoader()).forEach(kernels::add);
        kernels.sort(Comparator.comparing(Kernel::name));
        return kernels;
    }

    public static Optional<Kernel> find(String name) {
        return all().stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The named kernel, or an exception listing the known ones. */
    public static Kernel require(String name) {
        return find(name).orElseThrow(() -> new InvalidParameterException("kernel",
                "unknown kernel \"" + name + "\"; known kernels: " + all().stream().map(Kernel::name).toList()));
    }
}
