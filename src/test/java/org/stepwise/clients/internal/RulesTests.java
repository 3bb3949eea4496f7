package org.stepwise.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.clients.ChartDecision;
import org.stepwise.clients.ClientSearch;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Role;

class RulesTests {

    @ParameterizedTest
    @CsvSource({"SW-001234,SW-001234", "sw-1234,SW-001234", "sw 1234,SW-001234", "1234,SW-001234", "001234,SW-001234",
        "SW-1234567,SW-1234567"})
    void readsRecordNumbersAsPeopleTypeThem(String typed, String expected) {
        assertThat(RecordNumber.parse(typed)).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo(expected));
    }

    @Test
    void recordNumbersComeFromTheSequenceWithSixDigitsAtLeast() {
        assertThat(RecordNumber.fromSequence(1001).value()).isEqualTo("SW-001001");
        assertThat(RecordNumber.fromSequence(12345678).value()).isEqualTo("SW-12345678");
        assertThat(RecordNumber.parse("SW-12ab")).isEmpty();
        assertThatThrownBy(() -> new RecordNumber("SW-12")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "CLINICIAN,true,false,false,false,BREAK_GLASS_REQUIRED",
        "CLINICIAN,true,true,false,false,CARE_TEAM",
        "NURSE,true,false,true,false,NO_CARE_TEAM_YET",
        "PRESCRIBER,true,false,false,true,BREAK_GLASS",
        "CASE_MANAGER,true,false,false,false,BREAK_GLASS_REQUIRED",
        "PROGRAM_DIRECTOR,true,false,false,false,BY_ROLE",
        "FRONT_DESK,true,false,false,false,BY_ROLE",
        "BILLER,true,false,false,false,BY_ROLE",
        "INTAKE_COORDINATOR,true,false,false,false,BY_ROLE",
        "ADMINISTRATOR,false,false,false,false,DENIED"})
    void decidesChartAccessByCareTeam(Role role, boolean mayView, boolean onTeam, boolean teamEmpty, boolean glass,
            ChartDecision expected) {
        assertThat(ChartAccessRule.decide(role, mayView, onTeam, teamEmpty, glass)).isEqualTo(expected);
    }

    static SearchPlan plan(String text) {
        return SearchPlan.of(ClientSearch.forText(text));
    }

    @Test
    void readsOneWordAsANamePrefix() {
        SearchPlan plan = plan("  Smi ");
        assertThat(plan.namePhrase()).isEqualTo("Smi");
        assertThat(plan.nameTokens()).isEmpty();
    }

    @Test
    void readsTwoWordsAsPrefixesInEitherOrder() {
        assertThat(plan("smi  jo").nameTokens()).containsExactly("smi", "jo");
        assertThat(plan("Smith, Jo").nameTokens()).containsExactly("Smith", "Jo");
        assertThat(plan("Smith, Jo").namePhrase()).isEqualTo("Smith Jo");
    }

    @Test
    void readsRecordNumbersPhoneNumbersAndDates() {
        assertThat(plan("sw-1234").recordNumber()).isEqualTo("SW-001234");
        assertThat(plan("(555) 12").numberPrefix()).isEqualTo("55512");
        assertThat(plan("001234").numberAsRecord()).isEqualTo("SW-001234");
        assertThat(plan("1984-03-27").dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 27));
        assertThat(plan("3/27/1984").dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 27));
        assertThat(plan("3/27/1984").namePhrase()).isNull();
    }

    @Test
    void refusesSearchParametersOfTheWrongShape() {
        assertThatThrownBy(() -> SearchPlan.of(new ClientSearch(null, null, "SW-12x", null, null, null, 25)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("recordNumber"));
        assertThatThrownBy(() -> SearchPlan.of(new ClientSearch(null, null, null, "call", null, null, 25)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors()).containsKey("phone"));
        assertThatThrownBy(() -> new ClientSearch("x", null, null, null, null, null, 101))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors()).containsKey("limit"));
        assertThatThrownBy(() -> ClientSearch.forText("a".repeat(101))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void twoDifferentDatesOfBirthCannotMatch() {
        assertThat(SearchPlan.of(new ClientSearch("1984-03-27", LocalDate.of(1990, 1, 1), null, null, null, null, 25))
                .impossible()).isTrue();
    }

    @Test
    void describesTheCriteriaNotTheResults() {
        assertThat(new ClientSearch("smi jo", LocalDate.of(1984, 3, 27), null, null, null, null, 25).describe())
                .isEqualTo("q=smi jo; dob=1984-03-27; limit=25");
    }
}
