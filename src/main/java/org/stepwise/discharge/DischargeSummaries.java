package org.stepwise.discharge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ChartAccess;
import org.stepwise.consents.Part2Records;
import org.stepwise.aftercare.AftercarePlans;
import org.stepwise.discharge.internal.AftercareSection;
import org.stepwise.discharge.internal.ChartReader;
import org.stepwise.discharge.internal.NarrativeRules;
import org.stepwise.discharge.internal.SummaryDrafter;
import org.stepwise.discharge.internal.SummaryStore;
import org.stepwise.episodes.DischargeRequest;
import org.stepwise.episodes.Discharges;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.security.CurrentUser;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Organisation;

/**
 * Discharge summaries: drafted from the chart when an episode is discharged (in the discharge's transaction), read
 * with chart access and audited, the clinician's sections saved under the version, the figures redrafted while in
 * draft, and signed: then final.
 */
@Service
public class DischargeSummaries {

    private final Discharges discharges;
    private final SummaryStore store;
    private final ChartReader chart;
    private final ChartAccess chartAccess;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final AftercarePlans aftercare;

    DischargeSummaries(Discharges discharges, SummaryStore store, ChartReader chart, ChartAccess chartAccess,
            Organisation organisation, CurrentUser currentUser, AuditLog audit, Clock clock, AftercarePlans aftercare) {
        this.aftercare = aftercare;
        this.discharges = discharges;
        this.store = store;
        this.chart = chart;
        this.chartAccess = chartAccess;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Discharges the episode ({@link Discharges#discharge}) and drafts its summary, in one transaction: a summary never
     * exists without its discharge, nor a discharge made here without its summary. Sending the same discharge again
     * returns the episode and the summary as they are.
     *
     * @throws NotFoundException no such episode
     * @throws InvalidRequestException naming each field to fix; nothing is saved
     * @throws org.stepwise.shared.ConflictException the episode changed since it was read, or was discharged otherwise
     */
    @Transactional
    public Discharged discharge(EpisodeId id, DischargeRequest request) {
        EpisodeView before = chart.episode(id);
        chartAccess.require(before.client());
        Optional<SummaryStore.Row> existing = store.find(id);
        // Prescriptions belong to the episode while it is admitted: read them before it ends.
        List<String> medications = existing.isEmpty() && before.status() == EpisodeStatus.ADMITTED
                ? chart.medications(before.client()) : List.of();
        EpisodeView ended = discharges.discharge(id, request);
        if (existing.isPresent()) {
            return new Discharged(ended, summary(existing.get(), ended), false);
        }
        return new Discharged(ended, create(ended, medications), true);
    }

    /**
     * Drafts the figures again from the chart, keeping the clinician's sections (and the medications read at discharge);
     * drafts the summary of an episode discharged without one.
     *
     * @param version the summary's version read; required when it exists
     * @throws DischargeSummaryConflictException signed already, or changed since
     * @throws InvalidRequestException the episode is not discharged
     */
    @Transactional
    public DischargeSummary redraft(EpisodeId id, @Nullable Integer version) {
        EpisodeView episode = chart.episode(id);
        chartAccess.require(episode.client());
        Optional<SummaryStore.Row> locked = store.lock(id);
        if (locked.isEmpty()) {
            if (episode.discharge() == null) {
                throw InvalidRequestException.forField("episode", "The episode is not discharged: discharge it first.");
            }
            return create(episode, List.of());
        }
        SummaryStore.Row row = locked.get();
        requireDraftAt(row, version, episode);
        SummaryContent content = new SummaryContent(SummaryDrafter.draft(chart.read(episode,
                row.content().figures().medications())),
                AftercareSection.filledIn(row.content().sections(), aftercare.outline(id)));
        String by = currentUser.require().displayName();
        store.update(row.id(), row.version(), content, by, now());
        audit.record(AuditAction.UPDATE, episode.client(), "discharge summary", "redrafted from the chart");
        return summary(store.find(id).orElseThrow(), episode);
    }

    /** The episode's summary, if one was drafted; audited as a view. */
    @Transactional
    public Optional<DischargeSummary> view(EpisodeId id) {
        EpisodeView episode = chart.episode(id);
        chartAccess.require(episode.client());
        Optional<DischargeSummary> summary = store.find(id).map(row -> summary(row, episode));
        audit.record(AuditAction.VIEW, episode.client(), "discharge summary", summary.map(s -> s.status().name()
                .toLowerCase(java.util.Locale.ROOT) + ", version " + s.version()).orElse("none yet"));
        return summary;
    }

    /**
     * The episode's summary; audited as a view.
     *
     * @throws NotFoundException when the episode has none
     */
    @Transactional
    public DischargeSummary get(EpisodeId id) {
        return view(id).orElseThrow(() -> new NotFoundException("This episode has no discharge summary."));
    }

    /** The client's summaries, the latest discharge first (for the chart); audited as a view. */
    @Transactional
    public List<DischargeSummary> ofClient(ClientId client) {
        chartAccess.require(client);
        List<DischargeSummary> summaries = store.forClient(client).stream()
                .map(row -> summary(row, chart.episode(row.episode()))).toList();
        if (!summaries.isEmpty()) {
            audit.record(AuditAction.VIEW, client, "discharge summary", summaries.size() + " summary(ies) on the chart");
        }
        return summaries;
    }

    /**
     * Saves the clinician's sections. The same sections sent again (a double click) change nothing.
     *
     * @param version the summary's version read
     * @throws InvalidRequestException naming each section to fix, or no version; nothing is saved
     * @throws DischargeSummaryConflictException signed already, or changed since by someone else
     */
    @Transactional
    public DischargeSummary save(EpisodeId id, @Nullable Integer version, Map<String, String> submitted) {
        EpisodeView episode = chart.episode(id);
        chartAccess.require(episode.client());
        SummaryStore.Row row = store.lock(id).orElseThrow(() -> new NotFoundException(
                "This episode has no discharge summary."));
        Map<String, String> sections = NarrativeRules.read(submitted);
        if (row.content().sections().equals(sections) && row.status() == SummaryStatus.DRAFT) {
            return summary(row, episode);
        }
        requireDraftAt(row, version, episode);
        Map<String, String> problems = NarrativeRules.problems(sections);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
        store.update(row.id(), row.version(), new SummaryContent(row.content().figures(), sections),
                currentUser.require().displayName(), now());
        audit.record(AuditAction.UPDATE, episode.client(), "discharge summary", "sections saved");
        return summary(store.find(id).orElseThrow(), episode);
    }

    /**
     * Signs the summary: it is final from then on. Signing again what one signed changes nothing.
     *
     * @param version the summary's version read
     * @param contentHash the SHA-256 of the content the signer read, when the form or client sends it
     * @throws InvalidRequestException the required sections are not written, or no version; nothing is saved
     * @throws DischargeSummaryConflictException signed by someone else, or changed since
     */
    @Transactional
    public DischargeSummary sign(EpisodeId id, @Nullable Integer version, @Nullable String contentHash) {
        EpisodeView episode = chart.episode(id);
        chartAccess.require(episode.client());
        StepwiseUser user = currentUser.require();
        SummaryStore.Row row = store.lock(id).orElseThrow(() -> new NotFoundException(
                "This episode has no discharge summary."));
        if (row.status() == SummaryStatus.SIGNED && user.displayName().equals(row.signedByName())
                && (contentHash == null || contentHash.equals(row.contentHash()))) {
            return summary(row, episode);
        }
        requireDraftAt(row, version, episode);
        if (contentHash != null && !contentHash.isBlank() && !contentHash.strip().equals(row.contentHash())) {
            throw new DischargeSummaryConflictException("The summary changed after you read it; read it again before "
                    + "signing. Nothing was signed.", summary(row, episode));
        }
        List<SummarySection> missing = NarrativeRules.missingForSigning(row.content());
        if (!missing.isEmpty()) {
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            missing.forEach(s -> problems.put(s.key(), "Write this section before signing."));
            throw new InvalidRequestException("Write the required sections before signing; nothing was signed.",
                    problems);
        }
        store.sign(row.id(), row.version(), user.staffId(), user.displayName(), now());
        audit.record(AuditAction.UPDATE, episode.client(), "discharge summary", "signed, sha256 " + row.contentHash());
        return summary(store.find(id).orElseThrow(), episode);
    }

    private DischargeSummary create(EpisodeView ended, List<String> medications) {
        StepwiseUser user = currentUser.require();
        // The aftercare section starts from the episode's aftercare plan when one was written.
        SummaryContent content = new SummaryContent(SummaryDrafter.draft(chart.read(ended, medications)),
                AftercareSection.filledIn(Map.of(), aftercare.outline(ended.id())));
        store.insert(UUID.randomUUID(), ended.id(), ended.client(), content, user.staffId(), user.displayName(), now());
        audit.record(AuditAction.CREATE, ended.client(), "discharge summary", "drafted from the chart");
        return summary(store.find(ended.id()).orElseThrow(), ended);
    }

    private void requireDraftAt(SummaryStore.Row row, @Nullable Integer version, EpisodeView episode) {
        if (row.status() == SummaryStatus.SIGNED) {
            throw new DischargeSummaryConflictException("The summary was signed by " + row.signedByName()
                    + " and is final; nothing was changed.", summary(row, episode));
        }
        if (version == null) {
            throw InvalidRequestException.forField("version", "Say which version of the summary you read.");
        }
        if (version != row.version()) {
            throw new DischargeSummaryConflictException(row.updatedBy() + " changed the summary after you opened it "
                    + "(version " + row.version() + "); nothing was saved. Their text is shown; yours is kept below.",
                    summary(row, episode));
        }
    }

    /** The row as a summary; {@code episode} is the row's, already read by the caller (for the Part 2 rule). */
    private DischargeSummary summary(SummaryStore.Row row, EpisodeView episode) {
        boolean part2 = Part2Records.applies(organisation.program(episode.program()).kind(), episode.diagnoses());
        return new DischargeSummary(row.id(), row.episode(), row.client(), row.status(), row.content(),
                row.contentHash(), row.author(), row.authorName(), row.draftedAt(), row.updatedBy(), row.updatedAt(),
                row.signedByName(), row.signedAt(), row.version(), part2);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
