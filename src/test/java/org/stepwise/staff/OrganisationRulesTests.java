package org.stepwise.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules written on the organisation's and staff's records, checked without the application. */
class OrganisationRulesTests {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Set<String> invalidFields(Object record) {
        return validator.validate(record).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .collect(Collectors.toSet());
    }

    private ProgramDetails program(String hours, Integer days) {
        return new ProgramDetails("Adult IOP", ProgramKind.MENTAL_HEALTH, new BigDecimal(hours), days);
    }

    @Test
    void weeklyHoursRunFromSixToNineteenInTenths() {
        assertThat(invalidFields(program("6", 90))).isEmpty();
        assertThat(invalidFields(program("9.5", 90))).isEmpty();
        assertThat(invalidFields(program("19.0", 90))).isEmpty();
        assertThat(invalidFields(program("5.9", 90))).containsExactly("weeklyHours");
        assertThat(invalidFields(program("19.1", 90))).containsExactly("weeklyHours");
        assertThat(invalidFields(program("20", 90))).containsExactly("weeklyHours");
        assertThat(invalidFields(program("9.25", 90))).containsExactly("weeklyHours");
    }

    @Test
    void lengthOfStayRunsFromTwoWeeksToAYear() {
        assertThat(invalidFields(program("9", 14))).isEmpty();
        assertThat(invalidFields(program("9", 366))).isEmpty();
        assertThat(invalidFields(program("9", 13))).containsExactly("lengthOfStayDays");
        assertThat(invalidFields(program("9", 367))).containsExactly("lengthOfStayDays");
    }

    // careplan (issue 5): the plan review rule
    @Test
    void plansAreReviewedEvery7To60DaysAndEvery30WhenLeftEmpty() {
        ProgramDetails empty = program("9", 90);
        assertThat(empty.planReviewDaysOrDefault()).isEqualTo(30);
        for (int days : new int[] {7, 30, 60}) {
            assertThat(invalidFields(new ProgramDetails("Adult IOP", ProgramKind.MENTAL_HEALTH, BigDecimal.TEN, 90,
                    days))).isEmpty();
        }
        for (int days : new int[] {6, 61, 0}) {
            assertThat(invalidFields(new ProgramDetails("Adult IOP", ProgramKind.MENTAL_HEALTH, BigDecimal.TEN, 90,
                    days))).containsExactly("planReviewDays");
        }
    }

    @Test
    void textIsTrimmedBlankMeansAbsentAndMarkupIsRefused() {
        SiteDetails site = new SiteDetails("  Riverside  ", "   ", " America/New_York ", "988");
        assertThat(site.name()).isEqualTo("Riverside");
        assertThat(site.address()).isNull();
        assertThat(invalidFields(site)).isEmpty();
        assertThat(invalidFields(new SiteDetails("<b>Riverside</b>", null, "America/New_York", "988")))
                .containsExactly("name");
        assertThat(invalidFields(new SiteDetails(" ", null, "America/New_York", "988"))).containsExactly("name");
    }

    @Test
    void usernamesAreLowerCasedAndFollowThePattern() {
        NewStaff staff = new NewStaff("  J.Rivera ", "J Rivera", Role.CLINICIAN, null, null);
        assertThat(staff.username()).isEqualTo("j.rivera");
        assertThat(invalidFields(staff)).isEmpty();
        assertThat(invalidFields(new NewStaff("jr", "J", Role.NURSE, null, null))).containsExactly("username");
        assertThat(invalidFields(new NewStaff("j rivera", "J", Role.NURSE, null, null))).containsExactly("username");
        assertThat(invalidFields(new NewStaff("j_rivera-2", "J", Role.NURSE, null, "j@clinic.org"))).isEmpty();
        assertThat(invalidFields(new NewStaff("j_rivera-2", "J", Role.NURSE, null, "j@clinic"))).containsExactly("email");
    }

    @Test
    void tracksAndRoomsHoldOneToTwoHundred() {
        assertThat(invalidFields(new TrackDetails("Day", TrackPeriod.DAY, 1))).isEmpty();
        assertThat(invalidFields(new TrackDetails("Day", TrackPeriod.DAY, 201))).containsExactly("capacity");
        assertThat(invalidFields(new TrackDetails("Day", null, 12))).containsExactly("period");
        assertThat(invalidFields(new RoomDetails("Hall", 0))).containsExactly("capacity");
    }
}
