package org.stepwise.episodes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.shared.InvalidRequestException;

/**
 * The checked terms of an admission: dates, length, hours, level, diagnoses, payer and authorization, certification.
 * Built only by {@link #check}, which applies the program's defaults and refuses anything out of range with a message
 * per field; what is allowed but unusual comes back as {@link #warnings()}. Plain Java, no Spring.
 */
public record AdmissionTerms(
        LocalDate admittedOn,
        int plannedLengthDays,
        LocalDate plannedEnd,
        BigDecimal weeklyHours,
        LevelOfCare levelOfCare,
        List<String> diagnoses,
        @Nullable Payer payer,
        @Nullable Certification certification,
        List<String> warnings) {

    public static final int MIN_LENGTH = 14;
    public static final int MAX_LENGTH = 366;
    public static final BigDecimal MIN_HOURS = new BigDecimal("6");
    public static final BigDecimal ADULT_IOP_MIN_HOURS = new BigDecimal("9");
    public static final BigDecimal MAX_HOURS = new BigDecimal("19");
    public static final int MAX_DIAGNOSES = 12;
    /** How far from today an admission date may lie, either way. */
    public static final int MAX_DAYS_FROM_TODAY = 366;

    /** Payer and authorization; every part but the payer's name may be left out. */
    public record Payer(String name, @Nullable String memberId, @Nullable String authorizationNumber,
            @Nullable Integer authorizedUnits, @Nullable LocalDate authorizationStart,
            @Nullable LocalDate authorizationEnd) {}

    /** The physician's certification that the client needs IOP. */
    public record Certification(LocalDate certifiedOn, String physician) {

        public LocalDate recertificationDue() {
            return Recertification.dueAfter(certifiedOn);
        }
    }

    /** A program's defaults for a new admission. */
    public record ProgramDefaults(BigDecimal weeklyHours, int lengthDays) {}

    public AdmissionTerms {
        diagnoses = List.copyOf(diagnoses);
        warnings = List.copyOf(warnings);
    }

    public String primaryDiagnosis() {
        return diagnoses.getFirst();
    }

    /**
     * Checks a draft against the rules, filling blank hours and length from the program.
     *
     * @throws InvalidRequestException naming every field that is wrong
     */
    public static AdmissionTerms check(AdmissionDraft draft, ProgramDefaults defaults, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();

        LocalDate admittedOn = draft.admittedOn();
        if (admittedOn == null) {
            errors.put("admittedOn", "Enter the admission date (yyyy-mm-dd).");
        } else if (Math.abs(java.time.temporal.ChronoUnit.DAYS.between(today, admittedOn)) > MAX_DAYS_FROM_TODAY) {
            errors.put("admittedOn", "The admission date must be within a year of today.");
        }

        int length = draft.plannedLengthDays() == null ? defaults.lengthDays() : draft.plannedLengthDays();
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            errors.put("plannedLengthDays", "The planned length must be from " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " days (two weeks to a year).");
        }

        BigDecimal hours = draft.weeklyHours() == null ? defaults.weeklyHours() : draft.weeklyHours();
        if (hours.compareTo(MIN_HOURS) < 0 || hours.compareTo(MAX_HOURS) > 0) {
            errors.put("weeklyHours", "Weekly hours must be from 6 to 19: adult IOP is 9 to 19, adolescent IOP may start "
                    + "at 6, and 20 or more is partial hospitalization.");
        } else if (hours.stripTrailingZeros().scale() > 1) {
            errors.put("weeklyHours", "Enter hours in steps of a tenth, such as 9 or 9.5.");
        } else if (hours.compareTo(ADULT_IOP_MIN_HOURS) < 0) {
            warnings.add("Weekly hours of " + hours.stripTrailingZeros().toPlainString() + " are below the 9 an adult "
                    + "IOP needs (adolescent programs may start at 6).");
        }

        LevelOfCare level = LevelOfCare.IOP;
        if (draft.levelOfCare() != null && !draft.levelOfCare().isBlank()) {
            Optional<LevelOfCare> parsed = LevelOfCare.fromCode(draft.levelOfCare());
            if (parsed.isEmpty()) {
                errors.put("levelOfCare", "Choose a level of care: one of " + LevelOfCare.codes() + ".");
            } else {
                level = parsed.get();
            }
        }
        if (level != LevelOfCare.IOP) {
            warnings.add("The level of care at admission is " + level.code() + ", not 2.1 (IOP): check the placement.");
        }

        List<String> diagnoses = diagnoses(draft, errors);
        Payer payer = payer(draft, errors);
        Certification certification = certification(draft, today, errors);

        if (!errors.isEmpty()) {
            throw new InvalidRequestException(summary(errors), errors);
        }
        LocalDate start = Objects.requireNonNull(admittedOn);
        return new AdmissionTerms(start, length, start.plusDays(length), hours.setScale(1, java.math.RoundingMode.UNNECESSARY),
                level, diagnoses, payer, certification, warnings);
    }

    private static List<String> diagnoses(AdmissionDraft draft, Map<String, String> errors) {
        Set<String> codes = new LinkedHashSet<>();
        String primary = blankToNull(draft.primaryDiagnosis());
        if (primary == null) {
            errors.put("primaryDiagnosis", "Enter the primary diagnosis as an ICD-10-CM code, such as F32.1.");
        } else {
            DiagnosisCodes.normalise(primary).ifPresentOrElse(codes::add, () -> errors.put("primaryDiagnosis",
                    "\"" + shortened(primary) + "\" is not an ICD-10-CM code: write it like F32.1 or F10.20."));
        }
        List<String> wrong = new ArrayList<>();
        for (String other : draft.otherDiagnoses()) {
            if (other == null || other.isBlank()) {
                continue;
            }
            Optional<String> code = DiagnosisCodes.normalise(other);
            if (code.isEmpty()) {
                wrong.add(shortened(other));
            } else if (!codes.add(code.get())) {
                errors.putIfAbsent("otherDiagnoses", code.get() + " is listed twice.");
            }
        }
        if (!wrong.isEmpty()) {
            errors.put("otherDiagnoses", "Not ICD-10-CM codes: " + String.join(", ", wrong)
                    + ". Write each like F41.1 or F10.20.");
        } else if (codes.size() > MAX_DIAGNOSES) {
            errors.put("otherDiagnoses", "List at most " + (MAX_DIAGNOSES - 1) + " diagnoses besides the primary one.");
        }
        return List.copyOf(codes);
    }

    private static @Nullable Payer payer(AdmissionDraft draft, Map<String, String> errors) {
        String name = plain(draft.payerName(), "payerName", 120, errors);
        String member = plain(draft.memberId(), "memberId", 40, errors);
        String number = plain(draft.authorizationNumber(), "authorizationNumber", 40, errors);
        Integer units = draft.authorizedUnits();
        LocalDate start = draft.authorizationStart();
        LocalDate end = draft.authorizationEnd();
        if (units != null && (units < 1 || units > 1000)) {
            errors.put("authorizedUnits", "Authorized units must be from 1 to 1000.");
        }
        if ((start == null) != (end == null)) {
            errors.put(start == null ? "authorizationStart" : "authorizationEnd",
                    "Enter both the first and the last day of the authorization, or neither.");
        } else if (start != null && end.isBefore(start)) {
            errors.put("authorizationEnd", "The authorization must end on or after the day it starts.");
        }
        boolean anyAuthorization = member != null || number != null || units != null || start != null || end != null;
        if (name == null) {
            if (anyAuthorization && !errors.containsKey("payerName")) {
                errors.put("payerName", "Name the payer the member id and authorization belong to.");
            }
            return null;
        }
        return new Payer(name, member, number, units, start, end);
    }

    private static @Nullable Certification certification(AdmissionDraft draft, LocalDate today,
            Map<String, String> errors) {
        String physician = plain(draft.certifyingPhysician(), "certifyingPhysician", 120, errors);
        LocalDate on = draft.certifiedOn();
        if (on != null && on.isAfter(today)) {
            errors.put("certifiedOn", "The certification date cannot be in the future.");
        } else if (on != null && on.isBefore(today.minusYears(1))) {
            errors.put("certifiedOn", "The certification is more than a year old: record the latest one.");
        }
        if (on == null && physician != null) {
            errors.put("certifiedOn", "Enter the date the physician certified the need for IOP.");
        } else if (on != null && physician == null && !errors.containsKey("certifyingPhysician")) {
            errors.put("certifyingPhysician", "Name the physician who certified the need for IOP.");
        }
        return on == null || physician == null ? null : new Certification(on, physician);
    }

    private static @Nullable String plain(@Nullable String text, String field, int max, Map<String, String> errors) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            errors.put(field, "Use at most " + max + " characters.");
            return null;
        }
        if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            errors.put(field, "Leave out the characters < and >.");
            return null;
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String shortened(String text) {
        String s = text.strip();
        s = s.replace('<', ' ').replace('>', ' ');
        return s.length() > 12 ? s.substring(0, 12) + "…" : s;
    }

    static String summary(Map<String, String> errors) {
        return String.join(" ", errors.values());
    }
}
