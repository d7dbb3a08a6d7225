package org.rfsweep.refine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rfsweep.spec.SweepSpec;
import org.rfsweep.store.Publish;
import org.rfsweep.table.OutputLayout;

/**
 * The values {@code refine} added to a sweep, kept beside its tables in
 * {@code <out>/_refinements/<sweep>.json} (the leading underscore keeps it out of Spark's partition
 * discovery, like {@code _staging}). {@code run}, {@code plan}, {@code status} and {@code refine}
 * apply it to the spec ({@link #apply}), so the refined trials belong to the sweep. An output
 * without the file is an unrefined sweep, as before refine existed.
 *
 * <p>The file is replaced atomically (written aside, then renamed) and only ever grows; the trials
 * it implies are run through the ordinary chunk commit path, so a refine killed after writing it
 * leaves trials that are simply missing, which the next run or refine runs once.
 */
public final class RefinementRecord {
    static final String DIR = "_refinements";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String sweep;
    private final List<RefinedPoint> points;

    public RefinementRecord(String sweep, List<RefinedPoint> points) {
        this.sweep = sweep;
        this.points = List.copyOf(points);
    }

    /** Where the record of {@code sweep} lives under {@code layout}. */
    public static Path file(OutputLayout layout, String sweep) {
        return layout.root().resolve(DIR).resolve(sweep + ".json");
    }

    /** The record of {@code sweep}, empty if refine never ran on it. */
    public static RefinementRecord read(OutputLayout layout, String sweep) throws IOException {
        Path f = file(layout, sweep);
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(f));
        } catch (NoSuchFileException e) {
            return new RefinementRecord(sweep, List.of());
        }
        List<RefinedPoint> points = new ArrayList<>();
        JsonNode list = root.path("points");
        if (!root.path("sweep").asText().equals(sweep) || !list.isArray()) {
            throw new IOException(f + " is not the refinement record of sweep " + sweep);
        }
        for (JsonNode p : list) {
            Map<String, String> at = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : p.path("at").properties()) {
                at.put(e.getKey(), e.getValue().asText());
            }
            if (!p.path("axis").isTextual() || !p.path("value").isNumber()) {
                throw new IOException(f + ": malformed point " + p);
            }
            points.add(new RefinedPoint(p.path("axis").asText(), p.path("value").doubleValue(), new TreeMap<>(at)));
        }
        return new RefinementRecord(sweep, points);
    }

    /** This record with {@code more} points appended. */
    public RefinementRecord plus(List<RefinedPoint> more) {
        List<RefinedPoint> all = new ArrayList<>(points);
        all.addAll(more);
        return new RefinementRecord(sweep, all);
    }

    /** Writes the record, replacing the previous one atomically. */
    public void write(OutputLayout layout) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("sweep", sweep);
        root.put("note", "values added by 'rfsweep refine'; run, plan and status add their trials to the sweep");
        ArrayNode list = root.putArray("points");
        for (RefinedPoint p : points) {
            ObjectNode n = list.addObject();
            n.put("axis", p.axis());
            n.put("value", p.value());
            ObjectNode at = n.putObject("at");
            p.at().forEach(at::put);
        }
        Publish.bytes(file(layout, sweep), (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public List<RefinedPoint> points() {
        return points;
    }

    /** {@code spec} with the trials of this record's points added (the spec itself if there are none). */
    public SweepSpec apply(SweepSpec spec) {
        return points.isEmpty() ? spec : new RefinedSweep(spec, points);
    }

    /** {@code spec} with the refinement record in {@code layout} applied; a shortcut for the commands. */
    public static SweepSpec applyTo(SweepSpec spec, OutputLayout layout) throws IOException {
        return read(layout, spec.name()).apply(spec);
    }
}
