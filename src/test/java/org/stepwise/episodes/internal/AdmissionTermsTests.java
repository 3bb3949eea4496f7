package org.stepwise.episodes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepwise.episodes.AdmissionDraft;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.TrackId;

class AdmissionTermsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final AdmissionTerms.ProgramDefaults PROGRAM = new AdmissionTerms.ProgramDefaults(new BigDecimal("10.5"), 84);

    static AdmissionDraft draft() {
        return new AdmissionDraft(null, TrackId.random(), TODAY, null, null, null, "F32.1", List.of(), null, null, null,
                null, null, null, null, null, List.of(), null);
    }

    static AdmissionDraft with(AdmissionDraft d, java.util.function.UnaryOperator<Builder> change) {
        return change.apply(new Builder(d)).build();
    }

    /** Changes one thing at a time in a draft. */
    record Builder(AdmissionDraft d) {
        Builder hours(String h) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), d.plannedLengthDays(),
                    h == null ? null : new BigDecimal(h), d.levelOfCare(), d.primaryDiagnosis(), d.otherDiagnoses(),
                    d.payerName(), d.memberId(), d.authorizationNumber(), d.authorizedUnits(), d.authorizationStart(),
                    d.authorizationEnd(), d.certifiedOn(), d.certifyingPhysician(), d.careTeam(), d.referralId()));
        }

        Builder length(Integer days) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), days, d.weeklyHours(),
                    d.levelOfCare(), d.primaryDiagnosis(), d.otherDiagnoses(), d.payerName(), d.memberId(),
                    d.authorizationNumber(), d.authorizedUnits(), d.authorizationStart(), d.authorizationEnd(),
                    d.certifiedOn(), d.certifyingPhysician(), d.careTeam(), d.referralId()));
        }

        Builder level(String level) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), d.plannedLengthDays(),
                    d.weeklyHours(), level, d.primaryDiagnosis(), d.otherDiagnoses(), d.payerName(), d.memberId(),
                    d.authorizationNumber(), d.authorizedUnits(), d.authorizationStart(), d.authorizationEnd(),
                    d.certifiedOn(), d.certifyingPhysician(), d.careTeam(), d.referralId()));
        }

        Builder diagnoses(String primary, String... others) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), d.plannedLengthDays(),
                    d.weeklyHours(), d.levelOfCare(), primary, List.of(others), d.payerName(), d.memberId(),
                    d.authorizationNumber(), d.authorizedUnits(), d.authorizationStart(), d.authorizationEnd(),
                    d.certifiedOn(), d.certifyingPhysician(), d.careTeam(), d.referralId()));
        }

        Builder payer(String name, String number, Integer units, LocalDate start, LocalDate end) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), d.plannedLengthDays(),
                    d.weeklyHours(), d.levelOfCare(), d.primaryDiagnosis(), d.otherDiagnoses(), name, "M-1", number,
                    units, start, end, d.certifiedOn(), d.certifyingPhysician(), d.careTeam(), d.referralId()));
        }

        Builder certified(LocalDate on, String physician) {
            return new Builder(new AdmissionDraft(d.requestId(), d.track(), d.admittedOn(), d.plannedLengthDays(),
                    d.weeklyHours(), d.levelOfCare(), d.primaryDiagnosis(), d.otherDiagnoses(), d.payerName(),
                    d.memberId(), d.authorizationNumber(), d.authorizedUnits(), d.authorizationStart(),
                    d.authorizationEnd(), on, physician, d.careTeam(), d.referralId()));
        }

        AdmissionDraft build() {
            return d;
        }
    }

    static AdmissionTerms check(AdmissionDraft draft) {
        return AdmissionTerms.check(draft, PROGRAM, TODAY);
    }

    static String errorOn(AdmissionDraft draft, String field) {
        try {
            check(draft);
        } catch (InvalidRequestException e) {
            assertThat(e.fieldErrors()).containsKey(field);
            return e.fieldErrors().get(field);
        }
        throw new AssertionError("expected an error on " + field);
    }

    @Test
    void blankHoursAndLengthTakeTheProgramDefaultsAndThePlannedEndFollows() {
        AdmissionTerms terms = check(draft());
        assertThat(terms.weeklyHours()).isEqualByComparingTo("10.5");
        assertThat(terms.plannedLengthDays()).isEqualTo(84);
        assertThat(terms.plannedEnd()).isEqualTo(TODAY.plusDays(84));
        assertThat(terms.levelOfCare()).isEqualTo(LevelOfCare.IOP);
        assertThat(terms.warnings()).isEmpty();
    }

    @Test
    void givenHoursAndLengthOverrideTheDefaults() {
        AdmissionTerms terms = check(with(draft(), b -> b.hours("12").length(120)));
        assertThat(terms.weeklyHours()).isEqualByComparingTo("12");
        assertThat(terms.plannedEnd()).isEqualTo(TODAY.plusDays(120));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.9", "0", "-3", "19.1", "20", "40"})
    void hoursOutsideSixToNineteenAreRefused(String hours) {
        assertThat(errorOn(with(draft(), b -> b.hours(hours)), "weeklyHours")).contains("from 6 to 19");
    }

    @ParameterizedTest
    @CsvSource({"6, true", "8.5, true", "9, false", "15, false", "19, false"})
    void hoursBelowNineAreAllowedWithAWarning(String hours, boolean warned) {
        assertThat(check(with(draft(), b -> b.hours(hours))).warnings().isEmpty()).isEqualTo(!warned);
    }

    @Test
    void hoursFinerThanATenthAreRefused() {
        assertThat(errorOn(with(draft(), b -> b.hours("9.25")), "weeklyHours")).contains("tenth");
    }

    @ParameterizedTest
    @ValueSource(ints = {13, 0, -1, 367, 1000})
    void lengthOutsideTwoWeeksToAYearIsRefused(int days) {
        assertThat(errorOn(with(draft(), b -> b.length(days)), "plannedLengthDays")).contains("14 to 366");
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 366})
    void lengthAtTheBoundsIsAccepted(int days) {
        assertThat(check(with(draft(), b -> b.length(days))).plannedLengthDays()).isEqualTo(days);
    }

    @Test
    void aLevelOtherThanIopIsAllowedWithAWarningAndAnUnknownLevelIsRefused() {
        assertThat(check(with(draft(), b -> b.level("2.5"))).warnings()).singleElement().asString().contains("2.5");
        assertThat(errorOn(with(draft(), b -> b.level("2.2")), "levelOfCare")).contains("1, 2.1, 2.5, 3.1, 3.5, 3.7, 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"F32.1", "f32.1", "F10.20", "F1020", "T40.1X1A", "Z63.0", "F43"})
    void icd10CodesAreAcceptedAndWrittenTheUsualWay(String code) {
        String primary = check(with(draft(), b -> b.diagnoses(code))).primaryDiagnosis();
        assertThat(primary).matches("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"F3", "32.1", "FF2.1", "F32.12345", "F32-1", "<script>", "depression"})
    void textThatIsNotAnIcd10CodeIsRefused(String code) {
        assertThat(errorOn(with(draft(), b -> b.diagnoses(code)), "primaryDiagnosis")).contains("ICD-10-CM");
        assertThat(errorOn(with(draft(), b -> b.diagnoses("F32.1", code)), "otherDiagnoses")).contains("ICD-10-CM");
    }

    @Test
    void oneToTwelveDiagnosesThePrimaryFirstWithoutRepeats() {
        assertThat(errorOn(with(draft(), b -> b.diagnoses(null)), "primaryDiagnosis")).contains("primary");
        String[] eleven = {"F41.1", "F10.20", "F43.10", "F40.10", "F42.2", "F50.2", "F31.81", "F90.0", "F12.20",
                "F11.20", "F15.20"};
        assertThat(check(with(draft(), b -> b.diagnoses("F32.1", eleven))).diagnoses()).hasSize(12).first()
                .isEqualTo("F32.1");
        String[] twelve = java.util.Arrays.copyOf(eleven, 12);
        twelve[11] = "F60.3";
        assertThat(errorOn(with(draft(), b -> b.diagnoses("F32.1", twelve)), "otherDiagnoses")).contains("at most 11");
        assertThat(errorOn(with(draft(), b -> b.diagnoses("F32.1", "f32.1")), "otherDiagnoses")).contains("twice");
    }

    @Test
    void authorizationDatesMustBeInOrderAndComeInPairs() {
        LocalDate start = TODAY;
        assertThat(errorOn(with(draft(), b -> b.payer("Aetna", "A-1", 36, start, start.minusDays(1))),
                "authorizationEnd")).contains("on or after");
        assertThat(errorOn(with(draft(), b -> b.payer("Aetna", "A-1", 36, start, null)), "authorizationEnd"))
                .contains("both");
        assertThat(check(with(draft(), b -> b.payer("Aetna", "A-1", 36, start, start))).payer()).isNotNull();
        assertThat(errorOn(with(draft(), b -> b.payer("Aetna", "A-1", 0, null, null)), "authorizedUnits"))
                .contains("1 to 1000");
        assertThat(errorOn(with(draft(), b -> b.payer(null, "A-1", null, null, null)), "payerName")).contains("payer");
        assertThat(errorOn(with(draft(), b -> b.payer("<b>Aetna</b>", null, null, null, null)), "payerName"))
                .contains("< and >");
    }

    @Test
    void certificationCannotBeInTheFutureAndNamesThePhysician() {
        assertThat(errorOn(with(draft(), b -> b.certified(TODAY.plusDays(1), "Dr Ada Okafor")), "certifiedOn"))
                .contains("future");
        assertThat(errorOn(with(draft(), b -> b.certified(TODAY, null)), "certifyingPhysician")).contains("physician");
        AdmissionTerms terms = check(with(draft(), b -> b.certified(TODAY, "Dr Ada Okafor")));
        assertThat(terms.certification().recertificationDue()).isEqualTo(LocalDate.of(2026, 5, 10));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        AdmissionDraft bad = with(draft(), b -> b.hours("25").length(5).level("9").diagnoses("nope"));
        assertThatThrownBy(() -> check(bad)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).fieldErrors().keySet()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.ITERABLE)
                .containsExactlyInAnyOrder("weeklyHours", "plannedLengthDays", "levelOfCare", "primaryDiagnosis");
    }
}
