package org.rfsweep.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rfsweep.kernel.Kernel;
import org.rfsweep.kernel.Kernels;
import org.rfsweep.kernel.ParamDef;
import org.rfsweep.table.KernelColumns;

/**
 * Loads a YAML sweep spec (DESIGN.md, "Sweep spec") into a validated {@link SweepSpec}.
 *
 * <p>Everything that can be checked before a trial runs is checked here, and the first problem
 * found is thrown as one {@link InvalidSpecException} naming its field: unknown keys and parameters
 * (with a did-you-mean), wrong types, out-of-range values, a parameter both fixed and swept, empty
 * axes, unequal zip groups, bad generators, a sweep above the trial limit, malformed YAML (with
 * line and column), whatever the kernel's own {@link Kernel#validate} rejects (e.g. a
 * covariance that is not positive semi-definite) at any grid point, and a kernel whose parameter or
 * metric names collide with each other or with the tables' own columns ({@link KernelColumns}).
 *
 * <p>Axes keep the order in which they are written ({@code grid} entries, then {@code zip} groups,
 * or the other way round if {@code zip} comes first); the last axis varies fastest.
 */
public final class SweepSpecLoader {
    /** The default limit on the number of trials of one sweep. */
    public static final long DEFAULT_MAX_TRIALS = 1_000_000;

    static final List<String> TOP_LEVEL_KEYS = List.of("name", "kernel", "description", "fixed", "grid", "zip");
    private static final String NAME_PATTERN = "[a-z0-9-]+";
    /**
     * The longest sweep name: it names directories and files of the output ({@code sweep=NAME},
     * {@code NAME.json}), which most filesystems limit to 255 bytes, and a shorter limit keeps
     * paths and table listings readable.
     */
    public static final int MAX_NAME_LENGTH = 100;

    private SweepSpecLoader() {
    }

    /**
     * Reads and validates the spec in {@code file}.
     *
     * @param maxTrials the largest number of trials accepted (see {@link #DEFAULT_MAX_TRIALS})
     * @throws InvalidSpecException if the file cannot be read or the spec is invalid
     */
    public static SweepSpec load(Path file, long maxTrials) throws InvalidSpecException {
        SpecFile.check(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSpecException("", "spec file not found: " + file, e);
        } catch (CharacterCodingException e) {
            throw new InvalidSpecException("", "spec file is not UTF-8 text: " + file, e);
        } catch (IOException e) {
            throw new InvalidSpecException("", "cannot read spec file " + file + ": " + e, e);
        }
        return parse(text, file.toString(), maxTrials);
    }

    /**
     * Parses and validates spec text, looking kernels up on the classpath ({@link Kernels}).
     *
     * @param sourceName where the text came from (a file name), kept for provenance
     */
    public static SweepSpec parse(String yaml, String sourceName, long maxTrials) throws InvalidSpecException {
        return parse(yaml, sourceName, maxTrials, Kernels.all());
    }

    /** As {@link #parse(String, String, long)}, choosing the kernel among {@code kernels}. */
    static GridSweepSpec parse(String yaml, String sourceName, long maxTrials, List<Kernel> kernels)
            throws InvalidSpecException {
        if (maxTrials < 1) {
            throw new IllegalArgumentException("maxTrials must be positive: " + maxTrials);
        }
        JsonNode root = YamlReader.read(yaml);
        if (!root.isObject()) {
            throw new InvalidSpecException("", "expected a mapping with keys " + String.join(", ", TOP_LEVEL_KEYS)
                    + " at the top level, got " + RawValues.describe(root));
        }
        checkTopLevelKeys(root);
        String name = name(root);
        Kernel kernel = kernel(root, kernels);
        String description = optionalText(root, "description");
        SchemaValues values = new SchemaValues(kernel, maxTrials);
        Map<String, Object> fixed = fixed(root.get("fixed"), values);
        List<Axis> axes = new AxisReader(values, fixed).read(root);
        TrialLimit.check(axes, maxTrials);
        GridSweepSpec spec = new GridSweepSpec(name, kernel, description, sourceName, yaml, fixed, axes);
        KernelValidation.check(spec);
        return spec;
    }

    private static void checkTopLevelKeys(JsonNode root) throws InvalidSpecException {
        for (String key : iterable(root)) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                throw new InvalidSpecException(key, "unknown key" + DidYouMean.hint(key, TOP_LEVEL_KEYS,
                        "; a spec has the keys " + String.join(", ", TOP_LEVEL_KEYS)));
            }
        }
    }

    private static String name(JsonNode root) throws InvalidSpecException {
        String name = requiredText(root, "name", "the sweep's name, e.g. name: gain-xi");
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidSpecException("name", "is " + name.length() + " characters long; a sweep name has at most "
                    + MAX_NAME_LENGTH + " (it names directories and files of the output)");
        }
        if (!name.matches(NAME_PATTERN)) {
            throw new InvalidSpecException("name", "\"" + name + "\" is not a valid sweep name; use lower-case "
                    + "letters, digits and '-' only (" + NAME_PATTERN + ")");
        }
        return name;
    }

    private static Kernel kernel(JsonNode root, List<Kernel> kernels) throws InvalidSpecException {
        String name = requiredText(root, "kernel", "the kernel to run, e.g. kernel: twolayer-sgd");
        Optional<Kernel> kernel = kernels.stream().filter(k -> k.name().equals(name)).findFirst();
        if (kernel.isEmpty()) {
            List<String> names = kernels.stream().map(Kernel::name).toList();
            throw new InvalidSpecException("kernel", "unknown kernel \"" + name + "\""
                    + DidYouMean.hint(name, names, DidYouMean.knownList("kernels", names)));
        }
        Optional<String> collision = KernelColumns.collision(kernel.get());
        if (collision.isPresent()) { // the kernel's fault, not the spec's: but refused before anything runs
            throw new InvalidSpecException("kernel", collision.get());
        }
        return kernel.get();
    }

    private static String requiredText(JsonNode root, String key, String what) throws InvalidSpecException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            throw new InvalidSpecException(key, "missing; give " + what);
        }
        if (!node.isTextual()) {
            throw new InvalidSpecException(key, "expected text, got " + RawValues.describe(node));
        }
        return node.textValue();
    }

    private static String optionalText(JsonNode root, String key) throws InvalidSpecException {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isValueNode()) {
            throw new InvalidSpecException(key, "expected text, got " + RawValues.describe(node));
        }
        return node.asText();
    }

    private static Map<String, Object> fixed(JsonNode node, SchemaValues values) throws InvalidSpecException {
        Map<String, Object> fixed = new LinkedHashMap<>();
        for (String key : iterable(section(node, "fixed"))) {
            String field = FieldPath.child("fixed", key);
            ParamDef def = values.param(field, key);
            fixed.put(key, values.single(field, def, node.get(key)));
        }
        return fixed;
    }

    /** A mapping section ({@code fixed}, {@code grid}); absent or empty means no entries. */
    static JsonNode section(JsonNode node, String key) throws InvalidSpecException {
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            throw new InvalidSpecException(key, "expected a mapping of parameter names to values, got "
                    + RawValues.describe(node));
        }
        return node;
    }

    static Iterable<String> iterable(JsonNode object) {
        return object::fieldNames;
    }
}
