package org.stepwise.episodes.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/** What the admission page posts, before the domain checks it. Three care-team rows; blank rows are ignored. */
record AdmissionForm(
        @Nullable @Size(max = 36, message = "This form has lost its request id: open the admission page again.") String requestId,
        @Nullable @Size(max = 36, message = "Choose a track from the list.") String trackId,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate admittedOn,
        @Nullable Integer plannedLengthDays,
        @Nullable BigDecimal weeklyHours,
        @Nullable @Size(max = 4, message = "Choose a level of care from the list.") String levelOfCare,
        @Nullable @Size(max = 12, message = "Enter one ICD-10-CM code, such as F32.1.") String primaryDiagnosis,
        @Nullable @Size(max = 200, message = "Use at most 200 characters: up to 11 codes separated by commas.") String otherDiagnoses,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String payerName,
        @Nullable @Size(max = 40, message = "Use at most 40 characters.") String memberId,
        @Nullable @Size(max = 40, message = "Use at most 40 characters.") String authorizationNumber,
        @Nullable Integer authorizedUnits,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate authorizationStart,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate authorizationEnd,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certifiedOn,
        @Nullable @Size(max = 120, message = "Use at most 120 characters.") String certifyingPhysician,
        @Nullable @Size(max = 36, message = "Choose a staff member from the list.") String teamStaff1,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String teamRole1,
        @Nullable @Size(max = 36, message = "Choose a staff member from the list.") String teamStaff2,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String teamRole2,
        @Nullable @Size(max = 36, message = "Choose a staff member from the list.") String teamStaff3,
        @Nullable @Size(max = 60, message = "Use at most 60 characters.") String teamRole3,
        @Nullable @Size(max = 36, message = "The referral id is not valid.") String referral) {

    static final int TEAM_ROWS = 3;

    static AdmissionForm blank(LocalDate today, @Nullable UUID referral) {
        return new AdmissionForm(UUID.randomUUID().toString(), null, today, null, null, "2.1", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null,
                referral == null ? null : referral.toString());
    }

    /**
     * The form rebuilt from the request when a value of the wrong type stopped binding (a date like 2026-13-45): the
     * values that parse are kept, the others are left empty and their errors shown beside them.
     */
    static AdmissionForm lenient(java.util.function.Function<String, @Nullable String> param) {
        return new AdmissionForm(param.apply("requestId"), param.apply("trackId"), date(param.apply("admittedOn")),
                integer(param.apply("plannedLengthDays")), decimal(param.apply("weeklyHours")),
                param.apply("levelOfCare"), param.apply("primaryDiagnosis"), param.apply("otherDiagnoses"),
                param.apply("payerName"), param.apply("memberId"), param.apply("authorizationNumber"),
                integer(param.apply("authorizedUnits")), date(param.apply("authorizationStart")),
                date(param.apply("authorizationEnd")), date(param.apply("certifiedOn")),
                param.apply("certifyingPhysician"), param.apply("teamStaff1"), param.apply("teamRole1"),
                param.apply("teamStaff2"), param.apply("teamRole2"), param.apply("teamStaff3"), param.apply("teamRole3"),
                param.apply("referral"));
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    AdmissionDraft toDraft() {
        List<String> others = otherDiagnoses == null ? List.of()
                : Arrays.stream(otherDiagnoses.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        List<AdmissionDraft.CareTeamPick> team = new ArrayList<>();
        String[][] rows = {{teamStaff1, teamRole1}, {teamStaff2, teamRole2}, {teamStaff3, teamRole3}};
        for (String[] row : rows) {
            UUID staff = uuid(row[0]);
            team.add(new AdmissionDraft.CareTeamPick(staff == null ? null : new StaffId(staff), row[1]));
        }
        UUID track = uuid(trackId);
        return new AdmissionDraft(uuid(requestId), track == null ? null : new TrackId(track), admittedOn,
                plannedLengthDays, weeklyHours, levelOfCare, primaryDiagnosis, others, payerName, memberId,
                authorizationNumber, authorizedUnits, authorizationStart, authorizationEnd, certifiedOn,
                certifyingPhysician, team, uuid(referral));
    }

    /** The form field that shows a domain error named by its draft field. */
    static String formField(String draftField) {
        if (draftField.equals("track")) {
            return "trackId";
        }
        if (draftField.equals("careTeam")) {
            return "teamStaff1";
        }
        if (draftField.startsWith("careTeam[")) {
            int row = Integer.parseInt(draftField.substring(9, draftField.indexOf(']'))) + 1;
            return (draftField.endsWith("roleOnTeam") ? "teamRole" : "teamStaff") + row;
        }
        return draftField;
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
