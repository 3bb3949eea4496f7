package org.stepwise.intake.referral;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.intake.placement.FieldErrors;
import org.stepwise.intake.placement.PlainText;

/**
 * What a referral says: who sent it and how to reach them, the person referred, why, how urgent, their insurance, the
 * program wanted and when it arrived. Built only through {@link #of}, which checks every field and names each one in
 * error; the constructor is for rows already stored.
 */
public record ReferralDetails(
        ReferralSource source,
        @Nullable String referrerName,
        @Nullable String referrerOrganisation,
        @Nullable String referrerPhone,
        @Nullable String referrerEmail,
        String givenName,
        String familyName,
        @Nullable LocalDate dateOfBirth,
        @Nullable String phone,
        @Nullable UUID clientId,
        String reason,
        Urgency urgency,
        @Nullable String payerName,
        @Nullable String memberId,
        @Nullable UUID programId,
        Instant receivedAt) {

    public static final int REASON_MAX = 2000;
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private static final Pattern NOT_IN_LINES = Pattern.compile("[<>\\p{Cntrl}]");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-. ]+(\\s*(x|ext\\.?)\\s*[0-9]{1,6})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}$");

    /** The name of the person referred, as the referrer gave it. */
    public String personName() {
        return givenName + " " + familyName;
    }

    /**
     * Checks a draft and returns the cleaned details (trimmed; blank optional fields as null).
     *
     * @param now the present, so that a referral is never received in the future
     * @param zone the clinic's zone, for a time of receipt given without an offset
     * @throws org.stepwise.shared.InvalidRequestException naming every field in error
     */
    public static ReferralDetails of(ReferralDraft draft, Instant now, ZoneId zone) {
        FieldErrors errors = new FieldErrors();
        ReferralSource source = null;
        String sourceText = strip(draft.source());
        if (sourceText == null) {
            errors.add("source", "Choose who sent the referral: one of " + String.join(", ", ReferralSource.names()) + ".");
        } else {
            source = ReferralSource.parse(sourceText).orElse(null);
            if (source == null) {
                errors.add("source", "\"" + clip(sourceText) + "\" is not a referral source: use one of "
                        + String.join(", ", ReferralSource.names()) + ".");
            }
        }
        String referrerName = line(errors, "referrerName", draft.referrerName(), 120);
        String referrerOrganisation = line(errors, "referrerOrganisation", draft.referrerOrganisation(), 120);
        String referrerPhone = phone(errors, "referrerPhone", draft.referrerPhone());
        String referrerEmail = line(errors, "referrerEmail", draft.referrerEmail(), 200);
        if (referrerEmail != null && !errors.has("referrerEmail") && !EMAIL.matcher(referrerEmail).matches()) {
            errors.add("referrerEmail", "Enter an email address like name@example.org.");
        }
        String givenName = line(errors, "givenName", draft.givenName(), 100);
        if (givenName == null) {
            errors.add("givenName", "Enter the given name of the person referred.");
        }
        String familyName = line(errors, "familyName", draft.familyName(), 100);
        if (familyName == null) {
            errors.add("familyName", "Enter the family name of the person referred.");
        }
        LocalDate dateOfBirth = null;
        String dob = strip(draft.dateOfBirth());
        if (dob != null) {
            try {
                dateOfBirth = LocalDate.parse(dob);
                if (dateOfBirth.isBefore(LocalDate.of(1900, 1, 1)) || dateOfBirth.isAfter(LocalDate.ofInstant(now, zone))) {
                    errors.add("dateOfBirth", "Enter a date of birth between 1900-01-01 and today.");
                }
            } catch (DateTimeException e) {
                errors.add("dateOfBirth", "Enter the date of birth as yyyy-mm-dd.");
            }
        }
        String phone = phone(errors, "phone", draft.phone());
        UUID clientId = uuid(errors, "clientId", draft.clientId(), "client");
        String reason = strip(draft.reason());
        PlainText.problem(reason, REASON_MAX, "The reason for referral").ifPresent(m -> errors.add("reason", m));
        Urgency urgency = null;
        String urgencyText = strip(draft.urgency());
        if (urgencyText == null) {
            errors.add("urgency", "Choose how urgent the referral is: ROUTINE, SOON or URGENT.");
        } else {
            urgency = Urgency.parse(urgencyText).orElse(null);
            if (urgency == null) {
                errors.add("urgency", "\"" + clip(urgencyText) + "\" is not an urgency: use ROUTINE, SOON or URGENT.");
            }
        }
        String payerName = line(errors, "payerName", draft.payerName(), 120);
        String memberId = line(errors, "memberId", draft.memberId(), 60);
        if (memberId != null && payerName == null && !errors.has("memberId")) {
            errors.add("payerName", "Name the payer the member id belongs to.");
        }
        UUID programId = uuid(errors, "programId", draft.programId(), "program");
        Instant receivedAt = receivedAt(errors, draft.receivedAt(), now, zone);
        errors.throwIfAny();
        return new ReferralDetails(source, referrerName, referrerOrganisation, referrerPhone, referrerEmail,
                givenName, familyName, dateOfBirth, phone, clientId, reason, urgency, payerName, memberId, programId,
                receivedAt);
    }

    private static Instant receivedAt(FieldErrors errors, @Nullable String value, Instant now, ZoneId zone) {
        String text = strip(value);
        if (text == null) {
            return now;
        }
        Instant at;
        try {
            at = text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$"))
                    ? OffsetDateTime.parse(text).toInstant()
                    : LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            errors.add("receivedAt", "Enter when the referral arrived as yyyy-mm-ddThh:mm, such as 2026-03-02T09:30.");
            return now;
        }
        if (at.isAfter(now)) {
            errors.add("receivedAt", "A referral cannot arrive in the future: enter when it arrived.");
        } else if (at.isBefore(EARLIEST)) {
            errors.add("receivedAt", "Enter a time of receipt after 2000-01-01.");
        }
        return at;
    }

    private static @Nullable UUID uuid(FieldErrors errors, String field, @Nullable String value, String what) {
        String text = strip(value);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add(field, "\"" + clip(text) + "\" is not a " + what + " id.");
            return null;
        }
    }

    private static @Nullable String phone(FieldErrors errors, String field, @Nullable String value) {
        String text = line(errors, field, value, 30);
        if (text != null && !errors.has(field)) {
            long digits = text.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(text).matches() || digits < 7 || digits > 21) {
                errors.add(field, "Enter a phone number of 7 to 15 digits, such as (555) 123-4567; an extension may "
                        + "follow as x123.");
            }
        }
        return text;
    }

    /** Optional one-line text: at most {@code max} characters, no markup or control characters. */
    private static @Nullable String line(FieldErrors errors, String field, @Nullable String value, int max) {
        String text = strip(value);
        if (text == null) {
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            errors.add(field, "Use at most " + max + " characters (now " + length + ").");
        } else if (NOT_IN_LINES.matcher(text).find()) {
            errors.add(field, "Write plain text on one line, without < or > or control characters.");
        }
        return text;
    }

    static @Nullable String strip(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("[<>\\p{Cntrl}]", "?");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }
}
