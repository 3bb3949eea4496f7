package org.stepwise.clients.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a client that a person edits: names, birth, identity, language, contact details and emergency
 * contact. Built only through {@link #of}, which checks every rule and names each field in error; the record's own
 * constructor is for rows already in the database.
 */
public record ClientDetails(
        String givenName,
        String familyName,
        @Nullable String preferredName,
        @Nullable String pronouns,
        LocalDate dateOfBirth,
        @Nullable SexAtBirth sexAtBirth,
        @Nullable String genderIdentity,
        String preferredLanguage,
        boolean interpreterNeeded,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String addressLine,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        @Nullable String emergencyContactName,
        @Nullable String emergencyContactPhone,
        @Nullable String emergencyContactRelationship) {

    public static final int NAME_MAX = 100;
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    public static final String DEFAULT_LANGUAGE = "English";

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The fields in form order, with their names as forms and the JSON API spell them. */
    public static final List<Field> FIELDS = List.of(
            new Field("givenName", ClientDetails::givenName),
            new Field("familyName", ClientDetails::familyName),
            new Field("preferredName", ClientDetails::preferredName),
            new Field("pronouns", ClientDetails::pronouns),
            new Field("dateOfBirth", ClientDetails::dateOfBirth),
            new Field("sexAtBirth", ClientDetails::sexAtBirth),
            new Field("genderIdentity", ClientDetails::genderIdentity),
            new Field("preferredLanguage", ClientDetails::preferredLanguage),
            new Field("interpreterNeeded", ClientDetails::interpreterNeeded),
            new Field("phone", ClientDetails::phone),
            new Field("email", ClientDetails::email),
            new Field("addressLine", ClientDetails::addressLine),
            new Field("city", ClientDetails::city),
            new Field("state", ClientDetails::state),
            new Field("postalCode", ClientDetails::postalCode),
            new Field("emergencyContactName", ClientDetails::emergencyContactName),
            new Field("emergencyContactPhone", ClientDetails::emergencyContactPhone),
            new Field("emergencyContactRelationship", ClientDetails::emergencyContactRelationship));

    /** One editable field: its name and how to read it. */
    public record Field(String name, Function<ClientDetails, @Nullable Object> read) {

        public @Nullable Object of(ClientDetails details) {
            return read.apply(details);
        }
    }

    /**
     * Checks a draft against every rule and returns the cleaned details (trimmed, blank optional fields as null).
     *
     * @param today the clinic's date, so that a date of birth in the future is refused
     * @throws org.stepwise.shared.InvalidRequestException naming each field in error
     */
    public static ClientDetails of(ClientDraft draft, LocalDate today) {
        Checks checks = new Checks();
        String given = checks.requiredName("givenName", draft.givenName(), NAME_MAX, "Enter the given (first) name.");
        String family = checks.requiredName("familyName", draft.familyName(), NAME_MAX, "Enter the family (last) name.");
        String preferred = checks.optionalName("preferredName", draft.preferredName(), NAME_MAX);
        String pronouns = checks.optionalLine("pronouns", draft.pronouns(), 40);
        LocalDate birth = dateOfBirth(checks, draft.dateOfBirth(), today);
        SexAtBirth sex = sexAtBirth(checks, draft.sexAtBirth());
        String gender = checks.optionalLine("genderIdentity", draft.genderIdentity(), 60);
        String language = checks.optionalLine("preferredLanguage", draft.preferredLanguage(), 60);
        String phone = checks.phone("phone", draft.phone());
        String email = checks.email("email", draft.email());
        String address = checks.optionalLine("addressLine", draft.addressLine(), 200);
        String city = checks.optionalLine("city", draft.city(), 100);
        String state = checks.optionalLine("state", draft.state(), 40);
        String postalCode = checks.optionalLine("postalCode", draft.postalCode(), 20);
        String contactName = checks.optionalName("emergencyContactName", draft.emergencyContactName(), 120);
        String contactPhone = checks.phone("emergencyContactPhone", draft.emergencyContactPhone());
        String contactRelationship = checks.optionalLine("emergencyContactRelationship",
                draft.emergencyContactRelationship(), 60);
        if (contactName != null && contactPhone == null) {
            checks.fail("emergencyContactPhone", "Give the emergency contact's phone number too.");
        }
        if (contactName == null && (contactPhone != null || contactRelationship != null)) {
            checks.fail("emergencyContactName", "Give the emergency contact's name too.");
        }
        checks.throwIfAny();
        return new ClientDetails(given, family, preferred, pronouns, Objects.requireNonNull(birth), sex, gender,
                language == null ? DEFAULT_LANGUAGE : language, draft.interpreterNeeded(), phone, email, address, city,
                state, postalCode, contactName, contactPhone, contactRelationship);
    }

    private static @Nullable LocalDate dateOfBirth(Checks checks, @Nullable String value, LocalDate today) {
        String text = Checks.strip(value);
        if (text == null) {
            checks.fail("dateOfBirth", "Enter the date of birth.");
            return null;
        }
        LocalDate date = parseDate(text);
        if (date == null) {
            checks.fail("dateOfBirth", "Enter the date of birth as yyyy-mm-dd (for example 1984-03-27).");
        } else if (date.isAfter(today)) {
            checks.fail("dateOfBirth", "The date of birth cannot be in the future.");
        } else if (date.isBefore(EARLIEST_BIRTH)) {
            checks.fail("dateOfBirth", "The date of birth cannot be before 1900-01-01.");
        }
        return date;
    }

    /** A date as yyyy-mm-dd or, as US forms write it, m/d/yyyy; null when it is neither. */
    public static @Nullable LocalDate parseDate(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable SexAtBirth sexAtBirth(Checks checks, @Nullable String value) {
        String text = Checks.strip(value);
        if (text == null) {
            return null;
        }
        return SexAtBirth.parse(text).orElseGet(() -> {
            checks.fail("sexAtBirth", "Choose female, male, intersex or unknown.");
            return null;
        });
    }

    /** The name to call the client by: the preferred name (else the given name) and the family name. */
    public String displayName() {
        return (preferredName != null ? preferredName : givenName) + " " + familyName;
    }

    public String legalName() {
        return givenName + " " + familyName;
    }

    /** Digits of the phone number for search, see {@link PhoneNumbers}. */
    public @Nullable String phoneDigits() {
        return PhoneNumbers.searchDigits(phone);
    }

    /** The names of the fields whose values differ, in form order: what an UPDATE audit row records. */
    public List<String> differences(ClientDetails other) {
        List<String> changed = new ArrayList<>();
        for (Field field : FIELDS) {
            if (!Objects.equals(field.of(this), field.of(other))) {
                changed.add(field.name());
            }
        }
        return changed;
    }

    /**
     * Reapplies one person's changes on top of these (current) details: each field they changed from what they had
     * loaded ({@code original}) takes their value; every other field keeps the current value, so that someone else's
     * change to it is not undone.
     */
    public ClientDetails reapply(ClientDetails original, ClientDetails mine) {
        return new ClientDetails(pick(original.givenName, mine.givenName, givenName),
                pick(original.familyName, mine.familyName, familyName),
                pick(original.preferredName, mine.preferredName, preferredName),
                pick(original.pronouns, mine.pronouns, pronouns),
                pick(original.dateOfBirth, mine.dateOfBirth, dateOfBirth),
                pick(original.sexAtBirth, mine.sexAtBirth, sexAtBirth),
                pick(original.genderIdentity, mine.genderIdentity, genderIdentity),
                pick(original.preferredLanguage, mine.preferredLanguage, preferredLanguage),
                pick(original.interpreterNeeded, mine.interpreterNeeded, interpreterNeeded),
                pick(original.phone, mine.phone, phone),
                pick(original.email, mine.email, email),
                pick(original.addressLine, mine.addressLine, addressLine),
                pick(original.city, mine.city, city),
                pick(original.state, mine.state, state),
                pick(original.postalCode, mine.postalCode, postalCode),
                pick(original.emergencyContactName, mine.emergencyContactName, emergencyContactName),
                pick(original.emergencyContactPhone, mine.emergencyContactPhone, emergencyContactPhone),
                pick(original.emergencyContactRelationship, mine.emergencyContactRelationship,
                        emergencyContactRelationship));
    }

    private static <T> T pick(T original, T mine, T current) {
        return Objects.equals(original, mine) ? current : mine;
    }

    /** The details as a draft, to fill an edit form. */
    public ClientDraft toDraft() {
        return new ClientDraft(givenName, familyName, preferredName, pronouns, dateOfBirth.toString(),
                sexAtBirth == null ? null : sexAtBirth.name(), genderIdentity, preferredLanguage, interpreterNeeded,
                phone, email, addressLine, city, state, postalCode, emergencyContactName, emergencyContactPhone,
                emergencyContactRelationship);
    }
}
