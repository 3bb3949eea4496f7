package org.stepwise.followup.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.stepwise.followup.AttemptRequest;
import org.stepwise.followup.AttemptResult;
import org.stepwise.followup.ReEngagementAction;

/**
 * What is wrong with an attempt (or a re-engagement) as entered, one message per field, before anything is saved. Plain
 * Java.
 */
public final class AttemptChecks {

    public static final int NOTE_MAX = 2000;
    /** A re-engagement says what was done in at least this many characters. */
    public static final int REENGAGED_NOTE_MIN = 3;

    private AttemptChecks() {}

    public static Map<String, String> problems(AttemptRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.result() == null) {
            problems.put("result", "Choose how the attempt went: reached, no answer, declined or wrong number.");
        }
        String note = request.strippedNote();
        if (note != null && note.length() > NOTE_MAX) {
            problems.put("note", "Keep the note to " + NOTE_MAX + " characters or fewer.");
        }
        boolean reached = request.result() == AttemptResult.REACHED;
        if (request.phq9Total() != null && (request.phq9Total() < 0 || request.phq9Total() > 27)) {
            problems.put("phq9Total", "A PHQ-9 total is 0 to 27.");
        }
        if (request.bamUseDays() != null && (request.bamUseDays() < 0 || request.bamUseDays() > 30)) {
            problems.put("bamUseDays", "Days of use in the past 30 is 0 to 30.");
        }
        if (reached) {
            if (request.housing() == null) {
                problems.put("housing", "Choose the client's housing: stable, unstable or homeless.");
            }
            if (request.workOrSchool() == null) {
                problems.put("workOrSchool", "Choose work or school: working, in school, looking, or neither.");
            }
            if (request.hospitalSinceDischarge() == null) {
                problems.put("hospitalSinceDischarge",
                        "Say whether the client was readmitted, hospitalised or seen in an ER since discharge.");
            }
            if (request.aftercare() == null) {
                problems.put("aftercare", "Say whether the client attends aftercare: yes, partly or no.");
            }
        } else if (request.result() != null && (request.phq9Total() != null || request.bamUseDays() != null
                || request.housing() != null || request.workOrSchool() != null
                || request.hospitalSinceDischarge() != null || request.aftercare() != null)) {
            problems.put("result", "The outcome check is for a client who was reached: choose \"Reached\", or leave "
                    + "the check empty.");
        }
        return problems;
    }

    /** What is wrong with a re-engagement as entered: no action chosen, or no note of what was done. */
    public static Map<String, String> reEngagementProblems(@Nullable ReEngagementAction action, String strippedNote) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (action == null) {
            problems.put("action", "Choose what was done: alumni group, aftercare appointment or readmission referral.");
        }
        if (strippedNote.length() < REENGAGED_NOTE_MIN || strippedNote.length() > NOTE_MAX) {
            problems.put("note", "Say what was done in " + REENGAGED_NOTE_MIN + " to " + NOTE_MAX + " characters.");
        }
        return problems;
    }
}
