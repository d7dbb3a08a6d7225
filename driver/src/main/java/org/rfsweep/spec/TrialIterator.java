package org.rfsweep.spec;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;

/**
 * Walks the cartesian product of the axes like an odometer, the last axis fastest, resolving each
 * point into a {@link TrialSpec} only when asked: a sweep of a million trials costs no memory.
 */
final class TrialIterator implements Iterator<TrialSpec> {
    private final Kernel kernel;
    private final Map<String, Object> fixed;
    private final List<Axis> axes;
    private final int[] position;
    private boolean done;

    TrialIterator(Kernel kernel, Map<String, Object> fixed, List<Axis> axes) {
        this.kernel = kernel;
        this.fixed = fixed;
        this.axes = axes;
        this.position = new int[axes.size()];
    }

    @Override
    public boolean hasNext() {
        return !done;
    }

    @Override
    public TrialSpec next() {
        if (done) {
            throw new NoSuchElementException();
        }
        Map<String, Object> raw = new HashMap<>(fixed);
        for (int a = 0; a < axes.size(); a++) {
            Axis axis = axes.get(a);
            List<Object> point = axis.points().get(position[a]);
            for (int p = 0; p < point.size(); p++) {
                raw.put(axis.parameters().get(p), point.get(p));
            }
        }
        advance();
        return TrialSpec.of(kernel, kernel.schema().resolve(raw));
    }

    private void advance() {
        for (int a = axes.size() - 1; a >= 0; a--) {
            if (++position[a] < axes.get(a).size()) {
                return;
            }
            position[a] = 0;
        }
        done = true;
    }
}
