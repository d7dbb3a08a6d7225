package org.rfsweep.spec;

import java.util.Iterator;
import java.util.List;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.TrialSpec;

/**
 * A parsed and fully validated sweep spec (DESIGN.md, "Sweep spec"): nothing about it can fail
 * once it exists, short of the kernel itself failing at run time.
 */
public interface SweepSpec {

    /** The sweep's name, {@code [a-z0-9-]+}; names the output partition. */
    String name();

    /** The kernel every trial runs. */
    Kernel kernel();

    /** Free text from the spec, or empty. */
    String description();

    /** SHA-256 (hex) of the spec's canonical content; recorded in every row as provenance. */
    String specHash();

    /** The spec text as the user wrote it. */
    String sourceText();

    /** Names of the parameters that vary across trials (grid axes and zip members), seed included. */
    List<String> sweptParameters();

    /** Number of trials, computed without expanding the grid. */
    long trialCount();

    /** The trials, expanded lazily in a deterministic order (grid axes in spec order, last fastest). */
    Iterator<TrialSpec> trials();
}
