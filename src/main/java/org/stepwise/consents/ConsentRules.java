package org.stepwise.consents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.StaffId;

/**
 * Checks a submitted consent and turns it into signed terms: every element its kind requires (42 CFR 2.31 for Part 2,
 * 45 CFR 164.508(c) for a HIPAA authorization, scope and signature for consent to treatment), each problem named with
 * the field it belongs to. Plain Java.
 */
public final class ConsentRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_NAME = 200;
    public static final int MAX_RECIPIENTS = 20;

    /** The statement of the right to revoke offered on the form; the signer may agree to other wording. */
    public static final String DEFAULT_REVOCATION_STATEMENT = "I may revoke this consent at any time, except to the "
            + "extent that the program has already acted on it, by telling any staff member of the program in person, "
            + "by telephone or in writing. A revocation takes effect on the day I make it.";

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ConsentRules() {}

    /** Who is signing for whom, and when: what the program, not the signer, supplies. */
    public record Signing(ClientId client, String patientLegalName, String patientDisplayName, Instant signedAt,
            LocalDate signedOn, StaffId witnessedBy) {}

    /**
     * The signed terms of a submitted consent.
     *
     * @throws InvalidRequestException naming every missing or invalid element, each with its field
     */
    public static ConsentTerms terms(NewConsent c, Signing signing) {
        Map<String, String> errors = new LinkedHashMap<>();
        ConsentId id = id(c.id(), errors);
        ConsentKind kind = enumValue(ConsentKind.class, c.kind(), "kind", errors,
                "Choose the kind of consent: TREATMENT, HIPAA_AUTHORIZATION or PART2.");
        SignerType signer = enumValue(SignerType.class, c.signer(), "signer", errors,
                "Say who signs: the client (CLIENT) or a representative (REPRESENTATIVE).");
        String signerName = text(c.signerName(), "signerName", MAX_NAME, true, errors,
                "Type the signer's full name as their signature");
        String authority = text(c.representativeAuthority(), "representativeAuthority", MAX_NAME,
                signer == SignerType.REPRESENTATIVE, errors,
                "Say what gives the representative the right to sign (for example parent of a minor, court-appointed guardian)");
        if (signer == SignerType.CLIENT && authority != null) {
            errors.putIfAbsent("representativeAuthority", "Leave the representative's authority empty when the client signs.");
        }
        if (signer == SignerType.CLIENT && signerName != null && !sameName(signerName, signing.patientLegalName())
                && !sameName(signerName, signing.patientDisplayName())) {
            errors.putIfAbsent("signerName", "The typed name must be the client's name as on their record ("
                    + signing.patientLegalName() + "); a representative signs as REPRESENTATIVE.");
        }
        if (!Boolean.TRUE.equals(c.agreed())) {
            errors.put("agreed", "The signer must tick \"I agree\" to sign.");
        }

        String scope = null;
        String discloser = null;
        String informationDetail = null;
        String purposeDescription = null;
        String revocationStatement = null;
        String expiryEvent = null;
        LocalDate expiresOn = null;
        List<InformationCategory> categories = List.of();
        List<String> recipientNames = List.of();
        List<RecipientClass> recipientClasses = List.of();
        List<DisclosurePurpose> purposes = List.of();
        if (kind == ConsentKind.TREATMENT) {
            scope = text(c.scope(), "scope", MAX_TEXT, true, errors,
                    "Describe the treatment the client consents to (the scope)");
            expiresOn = date(c.expiresOn(), "expiresOn", errors);
            expiryEvent = text(c.expiryEvent(), "expiryEvent", 300, false, errors, "The expiry event");
            notForTreatment(c, errors);
        } else if (kind != null) {
            String what = kind == ConsentKind.PART2 ? "A Part 2 consent" : "A HIPAA authorization";
            discloser = text(c.discloser(), "discloser", MAX_NAME, true, errors,
                    what + " names who may disclose: enter the program's name");
            categories = enumValues(InformationCategory.class, c.categories(), "categories", errors);
            if (categories.isEmpty() && !errors.containsKey("categories")) {
                errors.put("categories", what + " says what kind of information may be disclosed: tick at least one "
                        + "category.");
            }
            counselingNotesAlone(kind, categories, errors);
            informationDetail = text(c.informationDetail(), "informationDetail", 1000, false, errors,
                    "How much information");
            recipientNames = names(c.recipientNames(), errors);
            recipientClasses = enumValues(RecipientClass.class, c.recipientClasses(), "recipientClasses", errors);
            if (recipientNames.isEmpty() && recipientClasses.isEmpty() && !errors.containsKey("recipientNames")
                    && !errors.containsKey("recipientClasses")) {
                errors.put("recipients", what + " names its recipients: enter at least one by name, or tick a class "
                        + "of recipients.");
            }
            purposes = enumValues(DisclosurePurpose.class, c.purposes(), "purposes", errors);
            if (purposes.isEmpty() && !errors.containsKey("purposes")) {
                errors.put("purposes", what + " states the purpose of the disclosure: tick at least one purpose.");
            }
            purposeDescription = text(c.purposeDescription(), "purposeDescription", 1000, false, errors,
                    "The purpose in the signer's words");
            revocationStatement = text(c.revocationStatement(), "revocationStatement", MAX_TEXT, true, errors,
                    what + " states the right to revoke it and how");
            expiresOn = date(c.expiresOn(), "expiresOn", errors);
            expiryEvent = text(c.expiryEvent(), "expiryEvent", 300, false, errors, "The expiry event");
            if (expiresOn == null && expiryEvent == null && !errors.containsKey("expiresOn")
                    && !errors.containsKey("expiryEvent")) {
                errors.put("expiry", what + " expires: give an expiry date or the event it expires on (for example "
                        + "\"discharge from the program\").");
            }
            if (c.scope() != null && !c.scope().isBlank()) {
                errors.put("scope", "Only a consent to treatment has a scope; describe the information instead.");
            }
        }
        if (expiresOn != null && expiresOn.isBefore(signing.signedOn())) {
            errors.put("expiresOn", "The expiry date cannot be before today (" + signing.signedOn() + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The consent cannot be signed: " + String.join("; ", errors.values()),
                    errors);
        }
        Signature signature = new Signature(signer, signerName, authority, signing.signedAt(), signing.signedOn(),
                signing.witnessedBy());
        return new ConsentTerms(id, signing.client(), kind, signing.patientLegalName(), scope, discloser, categories,
                informationDetail, recipientNames, recipientClasses, purposes, purposeDescription, revocationStatement,
                expiresOn, expiryEvent, signature);
    }

    /** Problems with free text a person wrote, if any: within {@code max} characters, no HTML, no control characters. */
    public static @Nullable String plainTextProblem(String text, int max, String what) {
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            return what + " is " + length + " characters long; the limit is " + max + ".";
        }
        if (TAG.matcher(text).find()) {
            return what + " must be plain text: remove anything that looks like an HTML tag (such as <script>).";
        }
        if (CONTROL.matcher(text).find()) {
            return what + " contains control characters; write plain text.";
        }
        return null;
    }

    /** Names compared as people read them: case and runs of spaces do not matter. */
    public static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    public static String normalise(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * SUD counseling notes need a Part 2 consent of their own that names no other kind of information (42 CFR 2.31(b)
     * as amended in 2024): a consent for them may be combined only with another consent for counseling notes.
     */
    private static void counselingNotesAlone(ConsentKind kind, List<InformationCategory> categories,
            Map<String, String> errors) {
        if (!categories.contains(InformationCategory.SUD_COUNSELING_NOTES)) {
            return;
        }
        if (kind != ConsentKind.PART2) {
            errors.put("categories", "SUD counseling notes are 42 CFR Part 2 records: only a Part 2 consent may name "
                    + "them.");
        } else if (categories.stream().distinct().count() > 1) {
            errors.put("categories", "A consent to disclose SUD counseling notes names no other kind of information "
                    + "(42 CFR 2.31(b)): untick the other kinds and sign a separate consent for them.");
        }
    }

    private static void notForTreatment(NewConsent c, Map<String, String> errors) {
        String message = "A consent to treatment discloses nothing; leave this empty or choose another kind of consent.";
        if (c.discloser() != null && !c.discloser().isBlank()) {
            errors.put("discloser", message);
        }
        if (c.categories() != null && !c.categories().isEmpty()) {
            errors.put("categories", message);
        }
        if ((c.recipientNames() != null && c.recipientNames().stream().anyMatch(n -> n != null && !n.isBlank()))
                || (c.recipientClasses() != null && !c.recipientClasses().isEmpty())) {
            errors.put("recipients", message);
        }
        if (c.purposes() != null && !c.purposes().isEmpty()) {
            errors.put("purposes", message);
        }
    }

    private static ConsentId id(@Nullable String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return ConsentId.random();
        }
        try {
            return new ConsentId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            errors.put("id", "The id must be a UUID (or left out for a new one).");
            return ConsentId.random();
        }
    }

    private static @Nullable String text(@Nullable String value, String field, int max, boolean required,
            Map<String, String> errors, String what) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.put(field, what + " (required).");
            }
            return null;
        }
        String stripped = value.strip();
        String problem = plainTextProblem(stripped, max, what.replaceFirst(":.*", ""));
        if (problem != null) {
            errors.put(field, problem);
            return null;
        }
        return stripped;
    }

    private static @Nullable LocalDate date(@Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.strip().length() == 10 ? LocalDate.parse(value.strip()) : fail();
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as yyyy-mm-dd.");
            return null;
        }
    }

    private static LocalDate fail() {
        throw new DateTimeParseException("not yyyy-mm-dd", "", 0);
    }

    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value, String field,
            Map<String, String> errors, String message) {
        if (value == null || value.isBlank()) {
            errors.put(field, message);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, message);
            return null;
        }
    }

    private static <E extends Enum<E>> List<E> enumValues(Class<E> type, @Nullable List<String> values, String field,
            Map<String, String> errors) {
        List<E> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                out.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.put(field, "Unknown value '" + abbreviate(value) + "': use one of "
                        + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                        + ".");
                return List.of();
            }
        }
        return out;
    }

    private static List<String> names(@Nullable List<String> values, Map<String, String> errors) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String name = SPACES.matcher(value.strip()).replaceAll(" ");
            String problem = plainTextProblem(name, MAX_NAME, "A recipient's name");
            if (problem != null) {
                errors.put("recipientNames", problem);
                return List.of();
            }
            if (out.stream().noneMatch(n -> sameName(n, name))) {
                out.add(name);
            }
        }
        if (out.size() > MAX_RECIPIENTS) {
            errors.put("recipientNames", "Name at most " + MAX_RECIPIENTS + " recipients; use a class of recipients "
                    + "for more.");
            return List.of();
        }
        return out;
    }

    private static String abbreviate(String value) {
        String clean = value.replaceAll("[^A-Za-z0-9_ -]", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
