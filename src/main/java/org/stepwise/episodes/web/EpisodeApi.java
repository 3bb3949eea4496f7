package org.stepwise.episodes.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.episodes.AdmissionOutcome;
import org.stepwise.episodes.Admissions;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.episodes.LengthOfStay;
import org.stepwise.episodes.TrackRoster;
import org.stepwise.episodes.TrackRosters;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/** The episodes JSON API: admission, episodes of a client, one episode, a track's roster (docs/api/episodes.md). */
@RestController
class EpisodeApi {

    private final Admissions admissions;
    private final EpisodeRecords records;
    private final TrackRosters rosters;
    private final CurrentUser currentUser;
    private final LengthOfStay lengthOfStay;

    EpisodeApi(Admissions admissions, EpisodeRecords records, TrackRosters rosters, CurrentUser currentUser,
            LengthOfStay lengthOfStay) {
        this.lengthOfStay = lengthOfStay;
        this.admissions = admissions;
        this.records = records;
        this.rosters = rosters;
        this.currentUser = currentUser;
    }

    record CareTeamJson(@Nullable UUID staffId, @Nullable String roleOnTeam) {}

    record AdmissionRequest(@Nullable UUID requestId, @Nullable UUID trackId, @Nullable LocalDate admittedOn,
            @Nullable Integer plannedLengthDays, @Nullable BigDecimal weeklyHours, @Nullable String levelOfCare,
            @Nullable String primaryDiagnosis, @Nullable List<@Nullable String> otherDiagnoses,
            @Nullable String payerName, @Nullable String memberId, @Nullable String authorizationNumber,
            @Nullable Integer authorizedUnits, @Nullable LocalDate authorizationStart,
            @Nullable LocalDate authorizationEnd, @Nullable LocalDate certifiedOn, @Nullable String certifyingPhysician,
            @Nullable List<@Nullable CareTeamJson> careTeam, @Nullable UUID referralId) {

        AdmissionDraft draft() {
            List<String> others = otherDiagnoses == null ? List.of()
                    : otherDiagnoses.stream().filter(Objects::nonNull).map(Objects::requireNonNull).toList();
            List<AdmissionDraft.CareTeamPick> team = careTeam == null ? List.of() : careTeam.stream()
                    .map(m -> m == null ? new AdmissionDraft.CareTeamPick(null, null)
                            : new AdmissionDraft.CareTeamPick(m.staffId() == null ? null : new StaffId(m.staffId()),
                                    m.roleOnTeam()))
                    .toList();
            return new AdmissionDraft(requestId, trackId == null ? null : new TrackId(trackId), admittedOn,
                    plannedLengthDays, weeklyHours, levelOfCare, primaryDiagnosis, others, payerName, memberId,
                    authorizationNumber, authorizedUnits, authorizationStart, authorizationEnd, certifiedOn,
                    certifyingPhysician, team, referralId);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeJson(String outcome, String episodeId, @Nullable String waitlistEntryId, @Nullable Integer position,
            @Nullable LocalDate expectedStart, LocalDate admittedOn, List<String> warnings) {}

    @PostMapping("/api/v1/clients/{clientId}/admissions")
    @PreAuthorize("hasAuthority('INTAKE')")
    ResponseEntity<OutcomeJson> admit(@PathVariable UUID clientId, @RequestBody AdmissionRequest request) {
        AdmissionOutcome o = admissions.admit(new ClientId(clientId), request.draft());
        return ResponseEntity.status(o.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new OutcomeJson(o.outcome().name(), o.episode().toString(),
                        o.waitlistEntry() == null ? null : o.waitlistEntry().toString(), o.position(),
                        o.expectedStart(), o.admittedOn(), o.warnings()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EpisodeJson(String id, String clientId, String programId, String programName, String trackId,
            String trackName, String status, @Nullable String referralId, LocalDate admittedOn, int plannedLengthDays,
            LocalDate plannedEnd, long daysRemaining, BigDecimal weeklyHours, String levelOfCare,
            @Nullable String primaryDiagnosis, @Nullable List<String> diagnoses, EpisodeView.@Nullable Payer payer,
            EpisodeView.@Nullable Certification certification, @Nullable WaitingJson waitlist,
            List<ChangeJson> history, int version, List<EpisodeView.LengthChange> lengthChanges,
            // Issue 7: how the episode ended (null while it has not), and the episode a readmission follows.
            @Nullable DischargeJson discharge, @Nullable String previousEpisode) {}

    /** Issue 7: the reason is shown to those who see clinical detail only, as on the chart. */
    record DischargeJson(String type, LocalDate dischargedOn, long lengthOfStayDays, @Nullable String levelAtDischarge,
            @Nullable String destination, @Nullable String reason, String by, Instant at) {}

    record WaitingJson(String entryId, int position, LocalDate requestedOn, @Nullable LocalDate expectedStart) {}

    record ChangeJson(@Nullable String from, String to, String by, Instant at, String reason) {}

    @GetMapping("/api/v1/episodes/{id}")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    EpisodeJson episode(@PathVariable UUID id) {
        return json(records.episode(new EpisodeId(id)));
    }

    @GetMapping("/api/v1/clients/{clientId}/episodes")
    @PreAuthorize("hasAuthority('CLIENT_VIEW')")
    List<EpisodeJson> ofClient(@PathVariable UUID clientId) {
        return records.ofClient(new ClientId(clientId)).stream().map(this::json).toList();
    }

    // ---- Issue 6: length of stay ----

    /** A change of the planned stay: {@code days} to add (positive) or take off (negative), why, and the version read. */
    record LengthRequest(@Nullable Integer version, @Nullable Integer days, @Nullable String reason) {}

    @PostMapping("/api/v1/episodes/{id}/length")
    @PreAuthorize("hasAuthority('CLINICAL_WRITE')")
    EpisodeJson changeLength(@PathVariable UUID id, @RequestBody LengthRequest request) {
        if (request.version() == null) {
            throw InvalidRequestException.forField("version", "Send the version of the episode you read (version).");
        }
        return json(lengthOfStay.change(new EpisodeId(id), request.version(), request.days(), request.reason()));
    }

    record RosterJson(String trackId, String trackName, String programName, int capacity, int free,
            List<MemberJson> admitted, List<WaitingMemberJson> waitlist) {}

    record MemberJson(String episodeId, String clientId, String name, String recordNumber, LocalDate admittedOn,
            LocalDate plannedEnd, BigDecimal weeklyHours) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WaitingMemberJson(String entryId, String episodeId, String clientId, String name, String recordNumber,
            int position, LocalDate requestedOn, @Nullable LocalDate expectedStart,
            // Issue 7: a place that came free is held for this client from this day.
            @Nullable LocalDate offeredStart) {}

    @GetMapping("/api/v1/tracks/{trackId}/roster")
    @PreAuthorize("hasAnyAuthority('SCHEDULE_VIEW', 'INTAKE')")
    RosterJson roster(@PathVariable UUID trackId) {
        TrackRoster r = rosters.roster(new TrackId(trackId));
        TrackRoster.TrackOccupancy t = r.track();
        return new RosterJson(t.id().toString(), t.name(), t.programName(), t.capacity(), t.free(),
                r.admitted().stream().map(m -> new MemberJson(m.episode().toString(), m.client().toString(), m.name(),
                        m.recordNumber(), m.admittedOn(), m.plannedEnd(), m.weeklyHours())).toList(),
                r.waitlist().stream().map(w -> new WaitingMemberJson(w.entry().toString(), w.episode().toString(),
                        w.client().toString(), w.name(), w.recordNumber(), w.position(), w.requestedOn(),
                        w.expectedStart(), w.offeredStart())).toList());
    }

    private EpisodeJson json(EpisodeView v) {
        boolean clinical = ClinicalDetail.shownTo(currentUser.require());
        EpisodeView.Waiting w = v.waiting();
        return new EpisodeJson(v.id().toString(), v.client().toString(), v.program().toString(), v.programName(),
                v.track().toString(), v.trackName(), v.status().name(),
                v.referral() == null ? null : v.referral().toString(), v.admittedOn(), v.plannedLengthDays(),
                v.plannedEnd(), v.daysRemaining(), v.weeklyHours(), v.levelOfCare(),
                clinical ? v.primaryDiagnosis() : null, clinical ? v.diagnoses() : null, clinical ? v.payer() : null,
                v.certification(),
                w == null ? null : new WaitingJson(w.entry().toString(), w.position(), w.requestedOn(), w.expectedStart()),
                v.history().stream().map(h -> new ChangeJson(h.from() == null ? null : h.from().name(), h.to().name(),
                        h.by(), h.at(), h.reason())).toList(),
                v.version(), v.lengthChanges(), discharge(v, clinical),
                v.previousEpisode() == null ? null : v.previousEpisode().toString());
    }

    private static @Nullable DischargeJson discharge(EpisodeView v, boolean clinical) {
        EpisodeView.Discharge d = v.discharge();
        Long days = v.lengthOfStayDays();
        return d == null || days == null ? null : new DischargeJson(d.type().name(), d.dischargedOn(), days,
                d.levelAtDischarge(), d.destination(), clinical ? d.reason() : null, d.by(), d.at());
    }
}
