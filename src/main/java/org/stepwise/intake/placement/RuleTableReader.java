package org.stepwise.intake.placement;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.LevelOfCare;
import org.stepwise.intake.PlacementFramework;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a rule table from JSON (the format is in docs/level-of-care.md) and checks it, naming every problem at once:
 *
 * <pre>{@code
 * {"framework": "substance-use", "name": "Our clinic's table, 2026 edition",
 *  "dimensions": [{"key": "d1", "label": "Withdrawal potential",
 *                  "levels": {"0": "1", "1": "1", "2": "2.1", "3": "3.7", "4": "4"}}, ...]}
 * }</pre>
 */
public final class RuleTableReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> TABLE_FIELDS = Set.of("framework", "name", "description", "dimensions");
    private static final Set<String> DIMENSION_FIELDS = Set.of("key", "label", "levels");

    private RuleTableReader() {}

    /**
     * @param source where the JSON comes from (a file name or URL), named in error messages
     * @param expected the framework the table is configured for; the file must say the same
     * @throws InvalidRuleTableException when the file is not valid JSON or the table is not valid
     */
    public static RuleTable read(InputStream json, String source, PlacementFramework expected) {
        JsonNode root;
        try (json) {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidRuleTableException(source, List.of("not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new InvalidRuleTableException(source, List.of("cannot be read: " + e.getMessage()));
        }
        return parse(root, source, expected);
    }

    private static RuleTable parse(@Nullable JsonNode root, String source, PlacementFramework expected) {
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidRuleTableException(source, List.of("the file must hold one JSON object"));
        }
        unknownFields(root, TABLE_FIELDS, "the table", problems);
        String framework = text(root, "framework");
        if (!expected.key().equals(framework)) {
            problems.add("\"framework\" is " + (framework == null ? "missing" : "\"" + framework + "\"")
                    + " but this file is configured for \"" + expected.key() + "\"");
        }
        String name = text(root, "name");
        if (name == null) {
            problems.add("\"name\" (the table's name and edition) is missing");
        }
        JsonNode dimensionsNode = root.get("dimensions");
        List<DimensionRule> dimensions = new ArrayList<>();
        if (dimensionsNode == null || !dimensionsNode.isArray()) {
            problems.add("\"dimensions\" must be a list of dimensions");
        } else {
            for (JsonNode node : dimensionsNode) {
                dimension(node, problems).ifPresent(dimensions::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleTableException(source, problems);
        }
        return RuleTable.of(source, expected, java.util.Objects.requireNonNull(name), dimensions);
    }

    private static Optional<DimensionRule> dimension(JsonNode node, List<String> problems) {
        if (!node.isObject()) {
            problems.add("each dimension must be an object with \"key\", \"label\" and \"levels\"");
            return Optional.empty();
        }
        String key = text(node, "key");
        if (key == null) {
            problems.add("a dimension has no \"key\"");
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, DIMENSION_FIELDS, "dimension " + key, problems);
        String label = text(node, "label");
        if (label == null) {
            problems.add("dimension " + key + " has no \"label\"");
        }
        JsonNode levelsNode = node.get("levels");
        LevelOfCare[] levels = new LevelOfCare[PlacementFramework.HIGHEST_RATING + 1];
        if (levelsNode == null || !levelsNode.isObject()) {
            problems.add("dimension " + key + " needs \"levels\": an object from each rating \"0\" to \"4\" to a level");
            return Optional.empty();
        }
        for (Map.Entry<String, JsonNode> entry : levelsNode.properties()) {
            int rating = ratingOf(entry.getKey());
            if (rating < 0) {
                problems.add("dimension " + key + ": \"" + entry.getKey() + "\" is not a rating; ratings are \"0\" to \"4\"");
                continue;
            }
            String code = entry.getValue().isString() || entry.getValue().isNumber() ? entry.getValue().asString() : "";
            Optional<LevelOfCare> level = LevelOfCare.fromCode(code);
            if (level.isEmpty()) {
                problems.add("dimension " + key + ", rating " + rating + ": \"" + code + "\" is not a level; use one of "
                        + LevelOfCare.codes());
            } else {
                levels[rating] = level.get();
            }
        }
        for (int rating = 0; rating < levels.length; rating++) {
            if (levels[rating] == null && levelsNode.get(String.valueOf(rating)) == null) {
                problems.add("dimension " + key + " has no level for rating " + rating);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new DimensionRule(key, java.util.Objects.requireNonNull(label), List.of(levels)));
    }

    private static int ratingOf(String text) {
        return switch (text) {
            case "0" -> 0;
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            case "4" -> 4;
            default -> -1;
        };
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where, List<String> problems) {
        for (String field : node.propertyNames()) {
            if (!known.contains(field)) {
                problems.add(where + " has an unknown field \"" + field + "\"; the fields are " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
