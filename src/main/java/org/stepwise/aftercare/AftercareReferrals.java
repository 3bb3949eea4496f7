package org.stepwise.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.aftercare.internal.AftercareStore;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.consents.ConsentId;
import org.stepwise.consents.DisclosureDecision;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.DisclosureRecipient;
import org.stepwise.consents.DisclosureRequest;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.RecipientClass;
import org.stepwise.consents.RecordProtection;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.printing.Pdf;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * Referrals out to the next provider. Each section of the packet goes only when a consent on file permits disclosing its
 * category of information to that provider (a treating provider) for treatment, under the law that protects the
 * episode's records (42 CFR Part 2 for a Part 2 record: only a Part 2 consent). What no consent permits is left out and
 * named with the reason; when nothing may go, nothing is sent or recorded. What goes is recorded as disclosures (one per
 * consent used) and audited.
 */
@Service
public class AftercareReferrals {

    private final AftercarePlans plans;
    private final AftercareStore store;
    private final Disclosures disclosures;
    private final ClinicalPrints prints;
    private final ClientRegistry registry;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AftercareReferrals(AftercarePlans plans, AftercareStore store, Disclosures disclosures, ClinicalPrints prints,
            ClientRegistry registry, AuditLog audit, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.disclosures = disclosures;
        this.prints = prints;
        this.registry = registry;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One section of a packet and the consent rule's answer for it. */
    public record SectionDecision(PacketSection section, DisclosureDecision decision) {}

    /** The sections a packet of this version would hold: medications when the plan names them, the discharge once done. */
    public static List<PacketSection> sections(AftercareEpisode episode, AftercareContent content) {
        List<PacketSection> sections = new ArrayList<>(List.of(PacketSection.AFTERCARE_PLAN));
        if (content.hasMedication()) {
            sections.add(PacketSection.MEDICATIONS);
        }
        if (!episode.diagnoses().isEmpty()) {
            sections.add(PacketSection.DIAGNOSES);
        }
        if (episode.discharge() != null) {
            sections.add(PacketSection.TREATMENT_SUMMARY);
        }
        return sections;
    }

    /**
     * Sends the latest version's packet to the provider: checks each section, records the disclosures and the referral.
     * Sending the same packet to the same provider on the same day again changes nothing.
     *
     * @param recipientName the provider; the plan's next provider when empty
     * @param sentOn yyyy-mm-dd, today when empty; never in the future
     * @throws ReferralRefusedException when no section may go (nothing is recorded)
     */
    @Transactional
    public ReferralOut refer(EpisodeId id, @Nullable String recipientName, @Nullable String sentOn) {
        AftercareEpisode episode = plans.episode(id);
        AftercareStore.PlanRow row = store.lock(id).orElseThrow(() -> new NotFoundException(
                "This episode has no aftercare plan yet: write it before referring the client on."));
        AftercarePlan plan = plans.assemble(row, episode);
        AftercareVersion version = plan.latest().orElseThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        String name = recipientName == null || recipientName.isBlank() ? version.content().providerName()
                : recipientName.strip().replaceAll("\\s+", " ");
        if (name == null) {
            errors.put("recipientName", "Name the provider the client is referred to (or write the next provider "
                    + "into the plan).");
        } else if (name.length() > 200 || name.contains("<") || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("recipientName", "Name the provider in plain text, at most 200 characters.");
        }
        LocalDate day = TypedDay.read(sentOn, LocalDate.now(clock), "sentOn",
                "Record a referral once it is sent: the date cannot be in the future.", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The referral is not sent: " + String.join(" ", errors.values()),
                    errors);
        }
        DisclosureRecipient recipient = new DisclosureRecipient(name, RecipientClass.TREATING_PROVIDERS);
        RecordProtection law = episode.part2() ? RecordProtection.PART2 : RecordProtection.HIPAA;
        List<SectionDecision> decisions = new ArrayList<>();
        for (PacketSection section : sections(episode, version.content())) {
            decisions.add(new SectionDecision(section, disclosures.check(episode.client(), new DisclosureRequest(
                    recipient, DisclosurePurpose.TREATMENT, Set.of(section.category()), day, law))));
        }
        List<PacketSection> included = decisions.stream().filter(d -> d.decision().permitted())
                .map(SectionDecision::section).toList();
        List<ReferralOut.LeftOut> leftOut = decisions.stream().filter(d -> !d.decision().permitted())
                .map(d -> new ReferralOut.LeftOut(d.section(), d.decision().reason())).toList();
        if (included.isEmpty()) {
            throw new ReferralRefusedException("Nothing was sent to " + name + ": no consent on file lets any part of "
                    + "the referral packet go to them. " + (law == RecordProtection.PART2 ? "These are 42 CFR Part 2 "
                    + "records: the client's Part 2 consent must name " + name + " (or treating providers) for "
                    + "treatment. " : "") + leftOut.getFirst().reason(), leftOut);
        }
        String provider = name;
        LocalDate on = day;
        Optional<ReferralOut> before = plan.referrals().stream().filter(r -> r.versionNumber() == version.number()
                && r.recipientName().equalsIgnoreCase(provider) && r.sentOn().equals(on)
                && r.included().equals(included)).findFirst();
        if (before.isPresent()) {
            return before.get(); // the same referral sent again: a double click or a retry
        }
        // One disclosure per consent used, so that each permitting consent is named in the accounting.
        Map<ConsentId, Set<InformationCategory>> byConsent = decisions.stream().filter(d -> d.decision().permitted())
                .collect(Collectors.groupingBy(d -> java.util.Objects.requireNonNull(d.decision().consent()),
                        LinkedHashMap::new, Collectors.mapping(d -> d.section().category(), Collectors.toSet())));
        List<UUID> disclosed = new ArrayList<>();
        byConsent.values().forEach(categories -> disclosed.add(disclosures.disclose(episode.client(),
                new DisclosureRequest(recipient, DisclosurePurpose.TREATMENT, categories, on, law))
                .disclosure().id()));
        StepwiseUser user = currentUser.require();
        ReferralOut referral = new ReferralOut(UUID.randomUUID(), version.number(), provider, included, leftOut,
                disclosed, on, user.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        store.insertReferral(row.id(), referral, user.staffId());
        audit.record(AuditAction.CREATE, episode.client(), "aftercare referral", "episode " + id + ": version "
                + version.number() + " to " + provider + "; sent " + included + "; left out "
                + leftOut.stream().map(l -> l.section().name()).toList());
        return referral;
    }

    /** A referral already sent, after the chart check; audited with the plan's view. */
    @Transactional
    public ReferralOut referral(EpisodeId id, UUID referral) {
        return plans.get(id).referrals().stream().filter(r -> r.id().equals(referral)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such referral for this episode."));
    }

    /**
     * The packet as sent: only its included sections, with the Part 2 notice where it applies; audited as a print. What
     * was left out is not named in the packet (that a section was withheld under Part 2 would itself disclose it).
     */
    @Transactional
    public Pdf packet(EpisodeId id, UUID referralId) {
        AftercareEpisode episode = plans.episode(id);
        AftercarePlan plan = plans.get(id);
        ReferralOut referral = plan.referrals().stream().filter(r -> r.id().equals(referralId)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no such referral for this episode."));
        AftercareVersion version = plan.version(referral.versionNumber()).orElseThrow();
        ClientSummary summary = registry.find(episode.client()).orElseThrow(() -> new NotFoundException(
                "There is no such client."));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", summary);
        model.put("episode", episode);
        model.put("referral", referral);
        model.put("content", version.content());
        model.put("includes", referral.included().stream().map(Enum::name).collect(Collectors.toSet()));
        model.put("safetyPlan", AftercarePlans.safetyPlan(version.content()));
        return prints.print(new ClinicalPrints.PrintRequest(episode.client(), "print/aftercare-referral", model,
                "referral-" + summary.recordNumber() + "-" + referral.sentOn() + ".pdf", "aftercare referral",
                "episode " + id + ", referral " + referralId + " to " + referral.recipientName() + ", sections "
                        + referral.included(), episode.part2()));
    }
}
