package org.stepwise.safety;

import java.util.List;
import java.util.UUID;

/** A drug screen panel: the substances one test reports, as lower-case codes. */
public record ScreenPanel(UUID id, String code, String name, List<String> substances) {

    public ScreenPanel {
        substances = List.copyOf(substances);
    }
}
