package org.stepwise.notes.individual;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.consents.InformationCategory;
import org.stepwise.consents.Part2Records;
import org.stepwise.scheduling.SessionCategory;
import org.stepwise.staff.NoteFormat;
import org.stepwise.staff.ProgramKind;

/** The plain-Java rules of individual notes: Part 2, layouts, what a draft may hold, the disclosure category. */
class NoteRulesTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z"); // 11:00 in New York

    @ParameterizedTest(name = "{0} with {1}: Part 2 {2}")
    @CsvSource({
            "MENTAL_HEALTH, F33.1, false",
            "MENTAL_HEALTH, F41.1, false",
            "MENTAL_HEALTH, F10.20, true",
            "MENTAL_HEALTH, f11.20, true",
            "MENTAL_HEALTH, F1120, true",
            "MENTAL_HEALTH, F17.210, true",
            "MENTAL_HEALTH, F19.99, true",
            "MENTAL_HEALTH, F20.9, false",
            "MENTAL_HEALTH, F09, false",
            "MENTAL_HEALTH, F1, false",
            "MENTAL_HEALTH, Z71.41, false",
            "SUBSTANCE_USE, F33.1, true",
            "CO_OCCURRING, F41.1, true"})
    void part2FollowsTheProgramOrASubstanceRelatedDiagnosis(ProgramKind program, String diagnosis, boolean part2) {
        assertThat(Part2Records.applies(program, List.of("F43.10", diagnosis))).isEqualTo(part2);
    }

    @ParameterizedTest(name = "{0} note in a {1} program: {2}")
    @CsvSource({
            "INDIVIDUAL, DAP, 'data,assessment,plan'",
            "FAMILY, BIRP, 'behavior,intervention,response,plan'",
            "INDIVIDUAL, SOAP, 'subjective,objective,assessment,plan'",
            "MEDICATION, SOAP, 'medicationsReviewed,adherence,sideEffects,changes,plan'",
            "MEDICATION, DAP, 'medicationsReviewed,adherence,sideEffects,changes,plan'"})
    void theSectionsFollowTheProgramsFormatExceptForMedicationNotes(NoteKind kind, NoteFormat format, String sections) {
        assertThat(kind.layout(format).sections()).containsExactly(sections.split(","));
        assertThat(kind.layout(format).sections()).endsWith(NoteLayout.PLAN);
    }

    @Test
    void aSessionsCategoryNamesItsKindOfNoteAndGroupsHaveNone() {
        assertThat(NoteKind.of(SessionCategory.FAMILY_THERAPY)).contains(NoteKind.FAMILY);
        assertThat(NoteKind.of(SessionCategory.MEDICATION_MANAGEMENT)).contains(NoteKind.MEDICATION);
        assertThat(NoteKind.of(SessionCategory.GROUP_THERAPY)).isEmpty();
        assertThat(NoteKind.parse(" individual ")).contains(NoteKind.INDIVIDUAL);
        assertThat(NoteKind.parse("GROUP")).isEmpty();
        assertThat(NoteKind.parse(null)).isEmpty();
    }

    @Test
    void sectionsAreKeptInTheLayoutsOrderStrippedWithUnixLineEnds() {
        Map<String, String> errors = new HashMap<>();
        Map<String, String> submitted = new LinkedHashMap<>();
        submitted.put("plan", "  Next week\r\nagain ");
        submitted.put("data", "Said < 3 drinks & no use");

        assertThat(NoteDraftRules.sections(NoteLayout.DAP, submitted, errors))
                .containsExactly(Map.entry("data", "Said < 3 drinks & no use"), Map.entry("assessment", ""),
                        Map.entry("plan", "Next week\nagain"));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script> | sections.data | plain text",
            "</b> | sections.data | plain text",
            "be\u0007ll | sections.data | control characters"})
    void markupAndControlCharactersAreRefused(String text, String field, String message) {
        Map<String, String> errors = new HashMap<>();
        NoteDraftRules.sections(NoteLayout.DAP, Map.of("data", text), errors);
        assertThat(errors.get(field)).contains(message);
    }

    @Test
    void aSectionOverTheLimitAnUnknownSectionAndAnEmptyNoteAreRefused() {
        Map<String, String> errors = new HashMap<>();
        NoteDraftRules.sections(NoteLayout.SOAP, Map.of("objective", "x".repeat(4001), "data", "y"), errors);
        assertThat(errors.get("sections.objective")).isEqualTo("Objective is 4001 characters long; the limit is 4000.");
        assertThat(errors.get("sections")).contains("no section 'data'");

        Map<String, String> empty = new HashMap<>();
        NoteDraftRules.sections(NoteLayout.BIRP, Map.of("plan", "   "), empty);
        assertThat(empty).containsEntry("sections", "Write at least one section of the note.");
    }

    @ParameterizedTest(name = "{0}, objective given {1}, plan has objectives {2}, client''s own {3}: {4}")
    @CsvSource({
            "INDIVIDUAL, false, true, true, required",
            "FAMILY, false, true, true, required",
            "INDIVIDUAL, false, false, true, fine",
            "MEDICATION, false, true, true, fine",
            "INDIVIDUAL, true, true, true, fine",
            "INDIVIDUAL, true, true, false, not theirs",
            "MEDICATION, true, true, false, not theirs"})
    void theObjective(NoteKind kind, boolean given, boolean planHasObjectives, boolean ofClient, String outcome) {
        String problem = NoteDraftRules.objectiveProblem(kind, given ? UUID.randomUUID() : null, planHasObjectives,
                ofClient);
        switch (outcome) {
            case "required" -> assertThat(problem).startsWith("Choose the objective");
            case "not theirs" -> assertThat(problem).isEqualTo("Choose one of this client's own plan objectives.");
            default -> assertThat(problem).isNull();
        }
    }

    @ParameterizedTest(name = "{0}, Part 2 {1}, counseling {2}: allowed {3}")
    @CsvSource({
            "INDIVIDUAL, true, true, true",
            "FAMILY, true, true, true",
            "MEDICATION, true, true, false",
            "INDIVIDUAL, false, true, false",
            "INDIVIDUAL, false, false, true",
            "MEDICATION, false, false, true"})
    void onlyACounselingSessionsNoteInAPart2RecordIsACounselingNote(NoteKind kind, boolean part2,
            boolean counseling, boolean allowed) {
        assertThat(NoteDraftRules.counselingProblem(kind, part2, counseling) == null).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(nullValues = "null", value = {
            "2026-03-10, 10:50, ok",
            "2026-03-10, 11:00, ok",
            "2026-03-10, 11:01, endedAt",
            "2026-03-11, 09:00, endedAt",
            "2025-03-10, 09:00, ok",
            "2025-03-08, 09:00, serviceDate",
            "10/03/2026, 10:00, serviceDate",
            "2026-02-30, 10:00, serviceDate",
            "2026-03-10, 25:00, endedAt",
            "null, 10:00, serviceDate",
            "2026-03-10, null, endedAt"})
    void theTimeAServiceWithoutASessionEnded(String date, String time, String outcome) {
        Map<String, String> errors = new HashMap<>();
        Instant ended = NoteDraftRules.serviceEnded(date, time, NEW_YORK, NOW, errors);
        if (outcome.equals("ok")) {
            assertThat(errors).isEmpty();
            assertThat(ended.atZone(NEW_YORK).toLocalDate().toString()).isEqualTo(date);
        } else {
            assertThat(ended).isNull();
            assertThat(errors).containsKey(outcome);
        }
    }

    @ParameterizedTest(name = "{0}, counseling {1}: {2}")
    @CsvSource({
            "INDIVIDUAL, true, SUD_COUNSELING_NOTES",
            "FAMILY, true, SUD_COUNSELING_NOTES",
            "INDIVIDUAL, false, PROGRESS_NOTES",
            "GROUP, false, PROGRESS_NOTES",
            "MEDICATION, false, MEDICATIONS"})
    void aNoteIsDisclosedAsItsOwnCategory(String kind, boolean counseling, InformationCategory category) {
        assertThat(NoteCategories.of(kind, counseling)).isEqualTo(category);
    }

    @Test
    void sectionNamesReadAsWords() {
        assertThat(NoteDraftRules.label("medicationsReviewed")).isEqualTo("Medications reviewed");
        assertThat(NoteDraftRules.label("plan")).isEqualTo("Plan");
    }
}
