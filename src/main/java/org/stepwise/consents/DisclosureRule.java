package org.stepwise.consents;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a client's consents permit a disclosure: a consent of an accepted kind, in effect on the day (signed by
 * then, neither revoked nor expired), that names the recipient or lists its class, lists the purpose, and covers every
 * category of information asked. A revoked or expired consent never permits. When none permits, the reason is about the
 * consent that came closest, so that the person asking knows what is missing. Plain Java.
 */
public final class DisclosureRule {

    private DisclosureRule() {}

    public static DisclosureDecision decide(List<Consent> consents, DisclosureRecipient recipient,
            DisclosurePurpose purpose, Set<InformationCategory> categories, LocalDate day, RecordProtection protection) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("A disclosure discloses at least one category of information");
        }
        if (categories.contains(InformationCategory.SUD_COUNSELING_NOTES)) {
            if (categories.size() > 1) {
                return new DisclosureDecision(false, "SUD counseling notes are disclosed only under a consent of their "
                        + "own (42 CFR 2.31(b)): disclose them separately from any other information.", null,
                        List.of());
            }
            protection = RecordProtection.PART2; // counseling notes are Part 2 records whatever the caller said
        }
        RecordProtection law = protection;
        List<Assessment> assessed = consents.stream()
                .filter(c -> law.acceptedBy(c.kind()))
                .map(c -> assess(c, recipient, purpose, categories, day))
                .sorted(Comparator.comparingInt(Assessment::progress).reversed()
                        .thenComparing(a -> a.consent().terms().signature().signedAt(), Comparator.reverseOrder()))
                .toList();
        if (assessed.isEmpty()) {
            return new DisclosureDecision(false, law == RecordProtection.PART2
                    ? "No 42 CFR Part 2 consent is on file for this client: Part 2 records need the client's written "
                            + "Part 2 consent before any disclosure."
                    : "No HIPAA authorization or Part 2 consent is on file for this client.", null, List.of());
        }
        Assessment best = assessed.getFirst();
        ConsentId id = best.consent().id();
        String name = best.consent().kind().label() + " " + id + " (signed " + best.consent().signedOn() + ")";
        return switch (best.failure()) {
            case NONE -> new DisclosureDecision(true, "Permitted by " + name + ".", id, List.of());
            case RECIPIENT -> new DisclosureDecision(false, "No consent on file names " + recipient.describe()
                    + " or lists its class of recipients.", id, List.of());
            case PURPOSE -> new DisclosureDecision(false, name + " covers " + recipient.describe()
                    + " but not the purpose " + purpose.label().toLowerCase(Locale.ROOT) + ".", id, List.of());
            case CATEGORIES -> new DisclosureDecision(false, name + " does not cover: "
                    + best.missing().stream().map(InformationCategory::label).collect(Collectors.joining(", ")) + ".",
                    id, best.missing());
            case NOT_YET_SIGNED -> new DisclosureDecision(false, name + " was signed after " + day + ".", id, List.of());
            case REVOKED -> new DisclosureDecision(false, name + " was revoked on "
                    + best.consent().revocation().orElseThrow().revokedOn() + ": it permits nothing from that day on.",
                    id, List.of());
            case EXPIRED -> new DisclosureDecision(false, name + " expired on "
                    + best.consent().expiredOn(day).orElseThrow() + ": it permits nothing from that day on.", id,
                    List.of());
        };
    }

    private enum Failure { RECIPIENT, PURPOSE, CATEGORIES, NOT_YET_SIGNED, REVOKED, EXPIRED, NONE }

    private record Assessment(Consent consent, Failure failure, List<InformationCategory> missing) {

        /** How far the consent got: what it covers counts first, then whether it is in effect. */
        int progress() {
            return switch (failure) {
                case RECIPIENT -> 0;
                case PURPOSE -> 1;
                case CATEGORIES -> 2;
                case NOT_YET_SIGNED, REVOKED, EXPIRED -> 3;
                case NONE -> 4;
            };
        }
    }

    private static Assessment assess(Consent consent, DisclosureRecipient recipient, DisclosurePurpose purpose,
            Set<InformationCategory> categories, LocalDate day) {
        ConsentTerms terms = consent.terms();
        boolean named = terms.recipientNames().stream().anyMatch(n -> ConsentRules.sameName(n, recipient.name()));
        boolean byClass = recipient.recipientClass() != null && terms.recipientClasses().contains(recipient.recipientClass());
        if (!named && !byClass) {
            return new Assessment(consent, Failure.RECIPIENT, List.of());
        }
        if (!terms.purposes().contains(purpose)) {
            return new Assessment(consent, Failure.PURPOSE, List.of());
        }
        List<InformationCategory> missing = categories.stream().filter(c -> !terms.categories().contains(c)).sorted()
                .toList();
        if (!missing.isEmpty()) {
            return new Assessment(consent, Failure.CATEGORIES, missing);
        }
        if (day.isBefore(consent.signedOn())) {
            return new Assessment(consent, Failure.NOT_YET_SIGNED, List.of());
        }
        return switch (consent.statusOn(day)) {
            case REVOKED -> new Assessment(consent, Failure.REVOKED, List.of());
            case EXPIRED -> new Assessment(consent, Failure.EXPIRED, List.of());
            case ACTIVE -> new Assessment(consent, Failure.NONE, List.of());
        };
    }
}
