package org.stepwise.aftercare.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.aftercare.AftercareContent;
import org.stepwise.aftercare.ReferralKind;
import org.stepwise.aftercare.ReferralStatus;

/** What an aftercare plan must say, read from the form's fields. */
class AftercareRulesTests {

    private static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void aWholePlanIsReadWithEveryTextStrippedAndEmptyRowsLeftOut() {
        AftercareRules.Read read = AftercareRules.read(form(
                "nextLevel", " 1 ", "providerName", " Harbor Counseling ", "providerPhone", "(555) 014-2200",
                "providerAddress", "12 Harbor St\r\nSpringfield", "firstAppointment", "2026-12-01T10:30",
                "groups[0].name", "SMART Recovery", "groups[0].when", "Thursdays 19:00", "groups[1].name", "",
                "groups[1].when", "", "groups[2].name", "AA home group",
                "alumniGroup", "Tuesday alumni group", "alumniDay", "tuesday", "alumniTime", "18:00",
                "prescriber", "Dr Okafor", "referrals[0].kind", "HOUSING", "referrals[0].agency", "Oak House",
                "referrals[0].status", "ACCEPTED", "referrals[1].kind", "VOCATIONAL", "referrals[1].status",
                "PLANNED", "crisisNotes", "Call Mara."));
        assertThat(read.errors()).isEmpty();
        AftercareContent c = read.content();
        assertThat(c).isNotNull();
        assertThat(c.nextLevel()).isEqualTo("1");
        assertThat(c.providerName()).isEqualTo("Harbor Counseling");
        assertThat(c.providerAddress()).isEqualTo("12 Harbor St\nSpringfield");
        assertThat(c.firstAppointment()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 30));
        assertThat(c.supportGroups()).extracting(AftercareContent.SupportGroup::name)
                .containsExactly("SMART Recovery", "AA home group");
        assertThat(c.alumniDay()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(c.alumniTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(c.alumniDescription()).isEqualTo("Tuesday alumni group, Tuesday 18:00");
        assertThat(c.referrals()).containsExactly(new AftercareContent.Referral(ReferralKind.HOUSING, "Oak House", null,
                ReferralStatus.ACCEPTED));
        assertThat(c.hasMedication()).isTrue();
    }

    @Test
    void theFormOfASavedPlanReadsBackToTheSamePlan() {
        AftercareContent c = AftercareRules.read(form("providerName", "Harbor", "firstAppointment",
                "2026-12-01 10:30", "groups[0].name", "SMART", "groups[0].where", "Library", "alumniGroup", "Alumni",
                "alumniTime", "18:30", "referrals[0].kind", "OTHER", "referrals[0].agency", "Food bank",
                "refillPlan", "Monthly")).content();
        assertThat(c).isNotNull();
        assertThat(AftercareRules.read(AftercareRules.form(c)).content()).isEqualTo(c);
    }

    @Test
    void anEmptyPlanIsNotSaved() {
        AftercareRules.Read read = AftercareRules.read(form("nextLevel", "", "groups[0].name", " ",
                "referrals[0].kind", "VOCATIONAL", "referrals[0].status", "PLANNED"));
        assertThat(read.content()).isNull();
        assertThat(read.errors()).containsEntry("form", "Write at least one part of the aftercare plan before saving.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.5", "1", "2.1", "2.5", "3.1", "3.5", "3.7", "4"})
    void everyLevelOfTheContinuumIsAccepted(String level) {
        assertThat(AftercareRules.read(form("nextLevel", level)).errors()).isEmpty();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(form("nextLevel", "2"), "nextLevel", "Choose a level of care from"),
                Arguments.of(form("nextLevel", "IOP"), "nextLevel", "Choose a level of care from"),
                Arguments.of(form("providerName", "x".repeat(201)), "providerName", "at most 200"),
                Arguments.of(form("providerName", "<script>alert(1)</script>"), "providerName", "plain text"),
                Arguments.of(form("providerName", "Harbor\u0007"), "providerName", "plain text"),
                Arguments.of(form("providerName", "Harbor\nCounseling"), "providerName", "one line"),
                Arguments.of(form("providerName", "Harbor", "providerPhone", "call me"), "providerPhone",
                        "phone number"),
                Arguments.of(form("providerPhone", "555-0100"), "providerName", "Name the provider"),
                Arguments.of(form("firstAppointment", "2026-12-01T10:30"), "providerName", "Name the provider"),
                Arguments.of(form("providerName", "H", "firstAppointment", "1 December"), "firstAppointment",
                        "date and time"),
                Arguments.of(form("providerName", "H", "firstAppointment", "2026-12-01"), "firstAppointment",
                        "date and time"),
                Arguments.of(form("groups[0].when", "Fridays"), "groups[0].name", "Name the group"),
                Arguments.of(form("groups[3].where", "Church hall"), "groups[3].name", "Name the group"),
                Arguments.of(form("alumniDay", "FRIDAY"), "alumniGroup", "Name the alumni group"),
                Arguments.of(form("alumniGroup", "Alumni", "alumniDay", "FUNDAY"), "alumniDay", "Choose one of"),
                Arguments.of(form("alumniGroup", "Alumni", "alumniTime", "6pm"), "alumniTime", "hh:mm"),
                Arguments.of(form("referrals[0].agency", "Oak House"), "referrals[0].kind", "Say what the referral"),
                Arguments.of(form("referrals[0].kind", "HOBBY", "referrals[0].agency", "Oak"), "referrals[0].kind",
                        "Choose one of"),
                Arguments.of(form("referrals[0].kind", "HOUSING", "referrals[0].contact", "Jo"),
                        "referrals[0].agency", "Name the agency"),
                Arguments.of(form("referrals[0].kind", "HOUSING", "referrals[0].agency", "Oak",
                        "referrals[0].status", "MAYBE"), "referrals[0].status", "Choose one of"),
                Arguments.of(form("medicationsContinued", "x".repeat(2001)), "medicationsContinued", "at most 2000"),
                Arguments.of(form("crisisNotes", "<img src=x>"), "crisisNotes", "plain text"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsNamedBesideItsField(Map<String, String> form, String field, String message) {
        AftercareRules.Read read = AftercareRules.read(form);
        assertThat(read.content()).isNull();
        assertThat(read.errors()).containsKey(field);
        assertThat(read.errors().get(field)).contains(message);
    }
}
