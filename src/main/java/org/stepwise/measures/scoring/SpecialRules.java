package org.stepwise.measures.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The special rules definitions may name. Adding one is adding a small class here and its name below. */
final class SpecialRules {

    private static final Map<String, SpecialRule> RULES = List.of(new CssrsScreenerRule(), new Pcl5DsmPatternRule())
            .stream()
            .collect(Collectors.toUnmodifiableMap(SpecialRule::name, Function.identity()));

    private SpecialRules() {}

    static Optional<SpecialRule> named(String name) {
        return Optional.ofNullable(RULES.get(name));
    }

    static String known() {
        return RULES.keySet().stream().sorted().collect(Collectors.joining(", "));
    }
}
