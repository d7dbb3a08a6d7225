package org.rfsweep.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads spec text into a Jackson tree, turning every syntax problem into one
 * {@link InvalidSpecException} with the line and column Jackson reports ({@link JsonLocation}).
 *
 * <p>Duplicate keys are errors ({@link StreamReadFeature#STRICT_DUPLICATE_DETECTION}): YAML
 * forbids them, and silently keeping the last one would hide a typo. YAML's {@code .nan} and
 * {@code .inf} are rejected here with the field's path, since Jackson cannot represent them and no
 * parameter accepts a non-finite value anyway.
 *
 * <p>Anchors and aliases ({@code &s}, {@code *s}, merge keys {@code <<: *s}) are refused with
 * their line and column: Jackson's YAML reader does not resolve them (an alias would silently
 * become the anchor's name as a string), and a sweep spec is short enough to write values out.
 * An alias with no anchor before it is malformed YAML and reported as such.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL) // "gain:" with no value is missing, not ""
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private YamlReader() {
    }

    /**
     * Parses one YAML document.
     *
     * @return the document's root node, never null
     * @throws InvalidSpecException if the text is empty, malformed or holds several documents
     */
    static JsonNode read(String text) throws InvalidSpecException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new InvalidSpecException("", "the spec is empty; it needs at least 'name' and 'kernel'");
            }
            if (parser.nextToken() != null) {
                throw new InvalidSpecException("", at(parser.currentTokenLocation())
                        + "a second YAML document ('---'); a spec is one document");
            }
            refuseAnchorsAndAliases(text);
            return root;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new InvalidSpecException("", "cannot read the spec: " + e.getMessage(), e);
        }
    }

    /**
     * Scans SnakeYAML's event stream (the parser under Jackson's, which reports no anchor on a
     * scalar) for anchors and aliases. An anchor always comes before its aliases, so the first
     * alias met with no anchor seen is undefined.
     */
    private static void refuseAnchorsAndAliases(String text) throws InvalidSpecException {
        try {
            for (Event event : new Yaml().parse(new StringReader(text))) {
                if (event instanceof AliasEvent alias) {
                    throw new InvalidSpecException("", at(alias.getStartMark()) + "malformed YAML: undefined alias *"
                            + alias.getAnchor() + " (no anchor &" + alias.getAnchor() + " before it)");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw new InvalidSpecException("", at(node.getStartMark()) + "YAML anchors and aliases (&"
                            + node.getAnchor() + ", *" + node.getAnchor() + ") are not supported; write the value out in full");
                }
            }
        } catch (MarkedYAMLException e) {
            throw new InvalidSpecException("", at(e.getProblemMark()) + "malformed YAML: " + summary(e.getMessage()), e);
        }
    }

    private static String at(Mark mark) {
        return mark == null ? "" : String.format(Locale.ROOT, "line %d, column %d: ", mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static InvalidSpecException translate(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonParser parser = e.getProcessor() instanceof JsonParser ? (JsonParser) e.getProcessor() : null;
        String field = parser == null ? "" : FieldPath.fromPointer(parser.getParsingContext().pathAsPointer().toString());
        if (original.startsWith("Malformed numeric value") && parser != null) {
            String value = original.substring(original.indexOf('\'')).replace("'", "");
            return new InvalidSpecException(field, "must be a finite number, got " + value, e);
        }
        if (original.startsWith("Duplicate field") && parser != null) {
            return new InvalidSpecException(field, at(parser.currentTokenLocation())
                    + "duplicate key; each key may appear once", e);
        }
        return new InvalidSpecException("", at(e.getLocation()) + "malformed YAML: " + summary(original), e);
    }

    /** SnakeYAML's message without its source excerpts: the problem, then its context, on one line. */
    static String summary(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.trim());
            }
        }
        if (parts.isEmpty()) {
            return "cannot parse";
        }
        String problem = parts.get(parts.size() - 1);
        List<String> context = parts.subList(0, parts.size() - 1);
        return context.isEmpty() ? problem : problem + " (" + String.join("; ", context) + ")";
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return String.format(Locale.ROOT, "line %d, column %d: ", location.getLineNr(), location.getColumnNr());
    }
}
