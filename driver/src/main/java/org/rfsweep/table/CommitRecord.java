package org.rfsweep.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rfsweep.kernel.TrialStatus;

/**
 * The commit record of one chunk (DESIGN.md "Tables": chunks commit without rename): which
 * attempt won, the file it wrote in each table with its row count and size, and the chunk's trial
 * ids by status. A chunk is committed exactly when its record exists and reads; readers read the
 * files it names and nothing else, so a file of a losing, killed or zombie attempt never becomes a
 * row. {@code status} and resume read the trials and counts from here instead of opening Parquet
 * footers (issue 15: 3·10⁴ footers for 10⁶ trials).
 *
 * @param chunk   the chunk id (a hash of its trial ids)
 * @param attempt the attempt that committed it, part of every file name it names
 * @param files   per table, the committed file
 * @param trials  per status, the trial ids (in the chunk's row order)
 */
public record CommitRecord(String chunk, String attempt, Map<Table, FileEntry> files,
                           Map<TrialStatus, List<String>> trials) {
    /** The format of the JSON; a reader refuses records of a newer one. */
    static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param name  the file name inside its table's partition of the sweep
     * @param rows  its row count
     * @param bytes its size, which {@code status} checks instead of reading the footer
     */
    public record FileEntry(String name, long rows, long bytes) {
    }

    public CommitRecord {
        files = Map.copyOf(files);
        EnumMap<TrialStatus, List<String>> t = new EnumMap<>(TrialStatus.class);
        for (TrialStatus s : TrialStatus.values()) {
            t.put(s, List.copyOf(trials.getOrDefault(s, List.of())));
        }
        trials = java.util.Collections.unmodifiableMap(t);
    }

    /** How many trials the chunk holds. */
    public int trialCount() {
        int n = 0;
        for (List<String> ids : trials.values()) {
            n += ids.size();
        }
        return n;
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("rfsweep_commit", FORMAT);
        root.put("chunk", chunk);
        root.put("attempt", attempt);
        ObjectNode f = root.putObject("files");
        for (Table t : Table.values()) {
            FileEntry e = files.get(t);
            if (e != null) {
                f.putObject(t.dirName()).put("name", e.name()).put("rows", e.rows()).put("bytes", e.bytes());
            }
        }
        ObjectNode tr = root.putObject("trials");
        for (TrialStatus s : TrialStatus.values()) {
            ArrayNode ids = tr.putArray(s.label());
            trials.get(s).forEach(ids::add);
        }
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a record; an incomplete or foreign one throws {@link IOException} with what is wrong. */
    public static CommitRecord parse(byte[] json) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException("not a complete commit record (" + json.length + " bytes)", e);
        }
        if (root == null || !root.path("rfsweep_commit").canConvertToInt()) {
            throw new IOException("not a commit record (no rfsweep_commit field)");
        }
        if (root.get("rfsweep_commit").asInt() > FORMAT) {
            throw new IOException("a commit record of a newer rfsweep (format " + root.get("rfsweep_commit").asInt()
                    + "; this one reads " + FORMAT + ")");
        }
        Map<Table, FileEntry> files = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            JsonNode e = root.path("files").get(t.dirName());
            if (e != null) {
                files.put(t, new FileEntry(text(e, "name"), e.path("rows").asLong(), e.path("bytes").asLong()));
            }
        }
        if (!files.containsKey(Table.RUNS)) {
            throw new IOException("not a complete commit record (no runs file)");
        }
        Map<TrialStatus, List<String>> trials = new EnumMap<>(TrialStatus.class);
        for (TrialStatus s : TrialStatus.values()) {
            List<String> ids = new ArrayList<>();
            root.path("trials").path(s.label()).forEach(n -> ids.add(n.asText()));
            trials.put(s, ids);
        }
        return new CommitRecord(text(root, "chunk"), text(root, "attempt"), files, trials);
    }

    private static String text(JsonNode node, String field) throws IOException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("not a complete commit record (no " + field + ")");
        }
        return v.asText();
    }

    /** The status of {@code label} as the runs table spells it. */
    static TrialStatus status(String label) {
        return TrialStatus.valueOf(label.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return new String(toJson(), StandardCharsets.UTF_8);
    }
}
