package org.stepwise.consents;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether a disclosure is permitted, and why.
 *
 * @param consent the consent that permits it; when refused, the consent that came closest (if any), which the reason is about
 * @param missingCategories when refused for want of categories: the ones the closest consent does not cover
 */
public record DisclosureDecision(boolean permitted, String reason, @Nullable ConsentId consent,
        List<InformationCategory> missingCategories) {

    public DisclosureDecision {
        missingCategories = List.copyOf(missingCategories);
    }
}
