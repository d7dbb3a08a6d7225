package org.rfsweep.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.TrialSpec;
import org.rfsweep.spec.SweepSpec;

/** A SweepSpec over an explicit grid of the {@link TestKernel}, built in code for tests. */
public final class TestSweep implements SweepSpec {
    private final String name;
    private final Kernel kernel;
    private final List<TrialSpec> trials;
    private final List<String> swept;

    private TestSweep(String name, List<TrialSpec> trials, List<String> swept) {
        this(name, Kernels.require(TestKernel.NAME), trials, swept);
    }

    private TestSweep(String name, Kernel kernel, List<TrialSpec> trials, List<String> swept) {
        this.name = name;
        this.kernel = kernel;
        this.trials = List.copyOf(trials);
        this.swept = List.copyOf(swept);
    }

    /** The cartesian product of {@code axes} (in insertion order, last fastest) with {@code fixed}. */
    public static TestSweep grid(String name, Map<String, ?> fixed, LinkedHashMap<String, List<?>> axes) {
        return grid(name, Kernels.require(TestKernel.NAME), fixed, axes);
    }

    /** The same over another kernel, e.g. {@link GrownTestKernel}, which is not registered. */
    public static TestSweep grid(String name, Kernel k, Map<String, ?> fixed, LinkedHashMap<String, List<?>> axes) {
        List<Map<String, Object>> points = new ArrayList<>();
        points.add(new HashMap<>(fixed));
        for (Map.Entry<String, List<?>> axis : axes.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> p : points) {
                for (Object v : axis.getValue()) {
                    Map<String, Object> q = new HashMap<>(p);
                    q.put(axis.getKey(), v);
                    next.add(q);
                }
            }
            points = next;
        }
        List<TrialSpec> trials = new ArrayList<>();
        for (Map<String, Object> p : points) {
            trials.add(TrialSpec.of(k, k.schema().resolve(p)));
        }
        return new TestSweep(name, k, trials, new ArrayList<>(axes.keySet()));
    }

    /** The trials of {@code parts} concatenated, as one sweep. */
    public static TestSweep merge(String name, TestSweep... parts) {
        List<TrialSpec> all = new ArrayList<>();
        List<String> swept = new ArrayList<>();
        for (TestSweep p : parts) {
            all.addAll(p.trials);
            p.swept.stream().filter(s -> !swept.contains(s)).forEach(swept::add);
        }
        return new TestSweep(name, all, swept);
    }

    /** Convenience: x values times seeds, other parameters fixed. */
    public static TestSweep xSeeds(String name, Map<String, ?> fixed, List<?> xs, int seeds) {
        LinkedHashMap<String, List<?>> axes = new LinkedHashMap<>();
        axes.put("x", xs);
        List<Long> s = new ArrayList<>();
        for (long i = 0; i < seeds; i++) {
            s.add(i);
        }
        axes.put("seed", s);
        return grid(name, fixed, axes);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Kernel kernel() {
        return kernel;
    }

    @Override
    public String description() {
        return "test sweep";
    }

    @Override
    public String specHash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(sourceText().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format(java.util.Locale.ROOT, "%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String sourceText() {
        StringBuilder sb = new StringBuilder(name);
        for (TrialSpec t : trials) {
            sb.append('\n').append(t.trialId());
        }
        return sb.toString();
    }

    @Override
    public List<String> sweptParameters() {
        return swept;
    }

    @Override
    public long trialCount() {
        return trials.size();
    }

    @Override
    public Iterator<TrialSpec> trials() {
        return trials.iterator();
    }

    /** The trials as a list. */
    public List<TrialSpec> trialList() {
        return trials;
    }
}
