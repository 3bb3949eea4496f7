package org.stepwise.intake.placement;

import java.io.InputStream;
import org.stepwise.intake.PlacementFramework;

/** The rule tables Stepwise ships, read the way the application reads them. */
final class DefaultTables {

    private DefaultTables() {}

    static RuleTable of(PlacementFramework framework) {
        String path = "/level-of-care/" + framework.key() + ".json";
        InputStream json = DefaultTables.class.getResourceAsStream(path);
        if (json == null) {
            throw new IllegalStateException("missing " + path);
        }
        return RuleTableReader.read(json, path, framework);
    }

    static LevelOfCareRule rule(PlacementFramework framework) {
        return new LevelOfCareRule(of(framework));
    }
}
