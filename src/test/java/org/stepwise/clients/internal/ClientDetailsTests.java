package org.stepwise.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.shared.InvalidRequestException;

class ClientDetailsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static ClientDraft draft() {
        return new ClientDraft(" Joanna ", "Smith", "Jo", "she/her", "1984-03-27", "female", null, null, false,
                "(555) 123-4567", "jo@example.org", null, null, null, null, null, null, null);
    }

    static Map<String, String> errorsOf(ClientDraft draft) {
        try {
            ClientDetails.of(draft, TODAY);
            return Map.of();
        } catch (InvalidRequestException e) {
            return e.fieldErrors();
        }
    }

    static ClientDraft with(UnaryOperator<Object[]> change) {
        ClientDraft d = draft();
        Object[] v = {d.givenName(), d.familyName(), d.preferredName(), d.pronouns(), d.dateOfBirth(), d.sexAtBirth(),
            d.genderIdentity(), d.preferredLanguage(), d.interpreterNeeded(), d.phone(), d.email(), d.addressLine(),
            d.city(), d.state(), d.postalCode(), d.emergencyContactName(), d.emergencyContactPhone(),
            d.emergencyContactRelationship()};
        v = change.apply(v);
        return new ClientDraft((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4], (String) v[5],
                (String) v[6], (String) v[7], (Boolean) v[8], (String) v[9], (String) v[10], (String) v[11],
                (String) v[12], (String) v[13], (String) v[14], (String) v[15], (String) v[16], (String) v[17]);
    }

    static ClientDraft set(int index, Object value) {
        return with(v -> {
            v[index] = value;
            return v;
        });
    }

    @Test
    void cleansAValidDraftAndDefaultsTheLanguage() {
        ClientDetails details = ClientDetails.of(draft(), TODAY);
        assertThat(details.givenName()).isEqualTo("Joanna");
        assertThat(details.sexAtBirth()).isEqualTo(SexAtBirth.FEMALE);
        assertThat(details.preferredLanguage()).isEqualTo("English");
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 27));
        assertThat(details.displayName()).isEqualTo("Jo Smith");
        assertThat(details.legalName()).isEqualTo("Joanna Smith");
        assertThat(details.genderIdentity()).isNull();
    }

    @Test
    void requiresGivenAndFamilyNameAndDateOfBirthNamingEachField() {
        Map<String, String> errors = errorsOf(with(v -> {
            v[0] = "  ";
            v[1] = null;
            v[4] = "";
            return v;
        }));
        assertThat(errors).containsOnlyKeys("givenName", "familyName", "dateOfBirth");
        assertThat(errors.get("givenName")).isEqualTo("Enter the given (first) name.");
    }

    @Test
    void refusesNamesLongerThanOneHundredCharacters() {
        assertThat(errorsOf(set(1, "x".repeat(100)))).isEmpty();
        assertThat(errorsOf(set(1, "x".repeat(101)))).containsEntry("familyName", "Use at most 100 characters (now 101).");
        assertThat(errorsOf(set(2, "y".repeat(101)))).containsKey("preferredName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "Jo>", "A\u0000B", "Line\nbreak"})
    void refusesMarkupAndControlCharactersInNames(String name) {
        assertThat(errorsOf(set(0, name))).containsKey("givenName");
    }

    @ParameterizedTest
    @ValueSource(strings = {"O'Brien", "García-Márquez", "van der Berg", "Nguyễn", "Zoë"})
    void acceptsRealNames(String name) {
        assertThat(errorsOf(set(1, name))).isEmpty();
    }

    @Test
    void refusesABirthDateInTheFutureOrBefore1900() {
        assertThat(errorsOf(set(4, "2026-11-23"))).containsEntry("dateOfBirth", "The date of birth cannot be in the future.");
        assertThat(errorsOf(set(4, "2026-11-22"))).isEmpty();
        assertThat(errorsOf(set(4, "1899-12-31"))).containsEntry("dateOfBirth", "The date of birth cannot be before 1900-01-01.");
        assertThat(errorsOf(set(4, "1900-01-01"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "1984-02-30", "84-03-27", "13/01/1984", "1984-3-27x"})
    void refusesDatesThatAreNotDates(String date) {
        assertThat(errorsOf(set(4, date))).containsKey("dateOfBirth");
    }

    @Test
    void readsUsStyleDates() {
        assertThat(ClientDetails.of(set(4, "3/27/1984"), TODAY).dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 27));
    }

    @Test
    void normalisesPhoneNumbersToDigitsForSearch() {
        assertThat(ClientDetails.of(set(9, "(555) 123-4567"), TODAY).phoneDigits()).isEqualTo("5551234567");
        assertThat(ClientDetails.of(set(9, "+1 555.123.4567"), TODAY).phoneDigits()).isEqualTo("5551234567");
        assertThat(ClientDetails.of(set(9, "555-123-4567 x 89"), TODAY).phoneDigits()).isEqualTo("5551234567");
        assertThat(ClientDetails.of(set(9, "+44 20 7946 0958"), TODAY).phoneDigits()).isEqualTo("442079460958");
        assertThat(ClientDetails.of(set(9, null), TODAY).phoneDigits()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "call me", "555-CALL-NOW", "1234567890123456", "555 123 4567 ext"})
    void refusesWhatIsNotAPhoneNumber(String phone) {
        assertThat(errorsOf(set(9, phone))).containsKey("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo", "jo@", "@example.org", "jo@example", "jo smith@example.org", "jo@example.o"})
    void refusesEmailAddressesOfTheWrongShape(String email) {
        assertThat(errorsOf(set(10, email))).containsKey("email");
    }

    @Test
    void refusesAnUnknownSexAtBirth() {
        assertThat(errorsOf(set(5, "other"))).containsKey("sexAtBirth");
        assertThat(errorsOf(set(5, ""))).isEmpty();
    }

    @Test
    void wantsTheEmergencyContactsNameAndPhoneTogether() {
        assertThat(errorsOf(set(15, "Sam Smith"))).containsOnlyKeys("emergencyContactPhone");
        assertThat(errorsOf(set(16, "555 987 6543"))).containsOnlyKeys("emergencyContactName");
        assertThat(errorsOf(with(v -> {
            v[15] = "Sam Smith";
            v[16] = "555 987 6543";
            v[17] = "brother";
            return v;
        }))).isEmpty();
    }

    @Test
    void namesTheFieldsThatDiffer() {
        ClientDetails before = ClientDetails.of(draft(), TODAY);
        ClientDetails after = ClientDetails.of(with(v -> {
            v[2] = null;
            v[9] = "555 999 0000";
            v[8] = true;
            return v;
        }), TODAY);
        assertThat(before.differences(after)).containsExactly("preferredName", "interpreterNeeded", "phone");
        assertThat(before.differences(before)).isEmpty();
    }

    @Test
    void reportsEveryErrorAtOnce() {
        assertThatThrownBy(() -> ClientDetails.of(with(v -> {
            v[0] = null;
            v[10] = "nope";
            v[9] = "12";
            return v;
        }), TODAY)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("givenName", "phone", "email"));
    }
}
