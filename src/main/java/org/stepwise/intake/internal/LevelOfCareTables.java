package org.stepwise.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.stepwise.intake.PlacementFramework;
import org.stepwise.intake.placement.InvalidRuleTableException;
import org.stepwise.intake.placement.LevelOfCareRule;
import org.stepwise.intake.placement.RuleTable;
import org.stepwise.intake.placement.RuleTableReader;

/**
 * The rule of each framework, loaded and checked once at start-up: an invalid or unreadable table stops the
 * application with a message naming the file and every problem in it.
 */
@Component
public class LevelOfCareTables {

    private static final Logger log = LoggerFactory.getLogger(LevelOfCareTables.class);

    private final Map<PlacementFramework, LevelOfCareRule> rules = new EnumMap<>(PlacementFramework.class);

    LevelOfCareTables(LevelOfCareProperties properties) {
        rules.put(PlacementFramework.SUBSTANCE_USE, load(properties.substanceUse(), PlacementFramework.SUBSTANCE_USE));
        rules.put(PlacementFramework.MENTAL_HEALTH, load(properties.mentalHealth(), PlacementFramework.MENTAL_HEALTH));
    }

    public LevelOfCareRule rule(PlacementFramework framework) {
        return rules.get(framework);
    }

    static LevelOfCareRule load(Resource resource, PlacementFramework framework) {
        String source = resource.getDescription();
        InputStream json;
        try {
            json = resource.getInputStream();
        } catch (IOException e) {
            throw new InvalidRuleTableException(source, List.of("cannot be read (" + e.getMessage() + "); check "
                    + "stepwise.level-of-care." + framework.key()));
        }
        RuleTable table = RuleTableReader.read(json, source, framework);
        log.info("Level-of-care rule for {}: \"{}\" from {}", framework.key(), table.name(), source);
        return new LevelOfCareRule(table);
    }
}
