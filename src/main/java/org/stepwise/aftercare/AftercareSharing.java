package org.stepwise.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
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
import org.stepwise.aftercare.internal.SupportNetwork;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.consents.DisclosurePurpose;
import org.stepwise.consents.DisclosureDecision;
import org.stepwise.consents.DisclosureRecipient;
import org.stepwise.consents.DisclosureRequest;
import org.stepwise.consents.Disclosures;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.RecordProtection;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.printing.Pdf;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

/**
 * The plan in the client's hands: a copy for the client (their own record: no consent needed), recorded as given on a
 * day by someone; a copy for a member of their support network only when a consent permits disclosing the plan to that
 * person for care coordination, recorded as a disclosure (the accounting of disclosures) and audited; the PDF of a
 * version, with the Part 2 notice when the episode is a Part 2 record.
 */
@Service
public class AftercareSharing {

    /** Sharing with family is to involve them in the client's aftercare: care coordination, in consent terms. */
    public static final DisclosurePurpose FAMILY_PURPOSE = DisclosurePurpose.CARE_COORDINATION;

    private final AftercarePlans plans;
    private final AftercareStore store;
    private final SupportNetwork network;
    private final Disclosures disclosures;
    private final ClinicalPrints prints;
    private final ClientRegistry registry;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    AftercareSharing(AftercarePlans plans, AftercareStore store, SupportNetwork network,
            Disclosures disclosures, ClinicalPrints prints, ClientRegistry registry, AuditLog audit,
            CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.network = network;
        this.disclosures = disclosures;
        this.prints = prints;
        this.registry = registry;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The client's support network, to choose whom to share with. Names only; not audited on its own. */
    @Transactional(readOnly = true)
    public List<SupportContact> supportNetwork(EpisodeId id) {
        return network.of(plans.episode(id).client());
    }

    /** What a share of the plan with that person discloses: the plan, and the medications when it names them. */
    public static Set<InformationCategory> categories(AftercareContent content) {
        Set<InformationCategory> categories = EnumSet.of(InformationCategory.TREATMENT_PLAN);
        if (content.hasMedication()) {
            categories.add(InformationCategory.MEDICATIONS);
        }
        return categories;
    }

    /**
     * Records a copy of a version given to the client or, with a consent, shared with a support person.
     *
     * @param recipient {@code CLIENT} or {@code SUPPORT_PERSON}
     * @param supportPerson for a support person: their id in the client's support network
     * @param versionNumber the version handed out; the latest when null
     * @param givenOn yyyy-mm-dd, today when empty; never in the future
     * @throws InvalidRequestException naming each field in error
     * @throws ConflictException when no consent permits sharing with that person, naming what is missing
     */
    @Transactional
    public Handout share(EpisodeId id, @Nullable String recipient, @Nullable UUID supportPerson,
            @Nullable Integer versionNumber, @Nullable String givenOn) {
        AftercareEpisode episode = plans.episode(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Handout.Recipient who = null;
        try {
            who = recipient == null || recipient.isBlank() ? null
                    : Handout.Recipient.valueOf(recipient.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // named below
        }
        if (who == null) {
            errors.put("recipient", "Say who receives the copy: CLIENT or SUPPORT_PERSON.");
        }
        LocalDate day = TypedDay.read(givenOn, LocalDate.now(clock), "givenOn",
                "Record a copy once it is given: the date cannot be in the future.", errors);
        SupportContact person = null;
        if (who == Handout.Recipient.SUPPORT_PERSON) {
            if (supportPerson == null) {
                errors.put("supportPerson", "Choose the person from the client's support network.");
            } else {
                person = network.find(episode.client(), supportPerson).orElse(null);
                if (person == null) {
                    errors.put("supportPerson", "That person is not in this client's support network.");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The copy is not recorded: " + String.join(" ", errors.values()),
                    errors);
        }
        AftercareStore.PlanRow row = store.lock(id).orElseThrow(() -> new NotFoundException(
                "This episode has no aftercare plan yet."));
        AftercarePlan plan = plans.assemble(row, episode);
        AftercareVersion version = (versionNumber == null ? plan.latest() : plan.version(versionNumber))
                .orElseThrow(() -> new NotFoundException("The plan has no version " + versionNumber + "."));
        UUID personId = person == null ? null : person.id();
        LocalDate on = day;
        Handout.Recipient to = who;
        Optional<Handout> before = plan.handouts().stream().filter(h -> h.versionNumber() == version.number()
                && h.recipient() == to && java.util.Objects.equals(h.supportPerson(), personId)
                && h.givenOn().equals(on)).findFirst();
        if (before.isPresent()) {
            return before.get(); // the same copy recorded again: a double click or a retry
        }
        StepwiseUser user = currentUser.require();
        UUID disclosure = null;
        String name;
        if (person == null) {
            name = registry.find(episode.client()).map(ClientSummary::displayName).orElse("The client");
        } else {
            name = person.name();
            DisclosureRequest request = new DisclosureRequest(new DisclosureRecipient(person.name(), null),
                    FAMILY_PURPOSE, categories(version.content()), on,
                    episode.part2() ? RecordProtection.PART2 : RecordProtection.HIPAA);
            DisclosureDecision decision = disclosures.check(episode.client(), request);
            if (!decision.permitted()) {
                throw new ConflictException(refusal(person, request, decision));
            }
            disclosure = disclosures.disclose(episode.client(), request).disclosure().id();
        }
        Handout handout = new Handout(UUID.randomUUID(), version.number(), who, personId, name, on,
                user.displayName(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), disclosure);
        store.insertHandout(row.id(), handout, user.staffId());
        audit.record(AuditAction.UPDATE, episode.client(), "aftercare plan", "episode " + id + ": version "
                + version.number() + " given to " + (person == null ? "the client" : person.describe()) + " on " + on
                + (disclosure == null ? "" : ", disclosure " + disclosure));
        return handout;
    }

    /** The client copy of a version as PDF, with the Part 2 notice where it applies; audited as a print. */
    @Transactional
    public Pdf pdf(EpisodeId id, int versionNumber) {
        AftercareEpisode episode = plans.episode(id);
        AftercarePlan plan = plans.get(id);
        AftercareVersion version = plan.version(versionNumber).orElseThrow(() -> new NotFoundException(
                "The plan has no version " + versionNumber + "."));
        ClientSummary summary = registry.find(episode.client()).orElseThrow(() -> new NotFoundException(
                "There is no such client."));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", summary);
        model.put("episode", episode);
        model.put("version", version);
        model.put("content", version.content());
        model.put("safetyPlan", AftercarePlans.safetyPlan(version.content()));
        return prints.print(new ClinicalPrints.PrintRequest(episode.client(), "print/aftercare-plan", model,
                "aftercare-plan-" + summary.recordNumber() + "-v" + versionNumber + ".pdf", "aftercare plan",
                "episode " + id + ", version " + versionNumber + ", sha256 " + version.contentHash(),
                episode.part2()));
    }

    /** Names the consent that is missing, then the consent rule's own reason. */
    private static String refusal(SupportContact person, DisclosureRequest request, DisclosureDecision decision) {
        String consent = request.protection() == RecordProtection.PART2 ? "a 42 CFR Part 2 consent"
                : "a HIPAA authorization or a Part 2 consent";
        return "Not shared with " + person.describe() + ": this needs " + consent + " from the client naming "
                + person.name() + ", for " + FAMILY_PURPOSE.label().toLowerCase(java.util.Locale.ROOT)
                + ", covering " + request.categories().stream().sorted().map(InformationCategory::label)
                        .collect(Collectors.joining(" and ")) + ". " + decision.reason();
    }
}
