package org.stepwise.careplan.rules;

import static org.stepwise.careplan.Modality.*;

import java.util.List;
import org.stepwise.careplan.Modality;

/**
 * The kinds of problem a first draft suggests, each with a starting wording, a goal as a client might say it, one
 * measurable objective and the usual interventions. The clinician rewrites all of it with the client: this is a
 * starting point, not a template to sign unread.
 */
enum ProblemKind {
    DEPRESSION("Depressed mood", "I want to feel like myself again.",
            "Use two coping skills from group on at least 5 days a week, as logged in the daily diary", 30,
            List.of(step(CBT, "3×/week (group)"), step(PSYCHOEDUCATION, "1×/week"))),
    ANXIETY("Anxiety that limits daily activities", "I want to stop avoiding things because of worry.",
            "Practice a grounding or relaxation skill on at least 5 days a week and rate anxiety before and after", 30,
            List.of(step(CBT, "3×/week (group)"), step(EXPOSURE, "1×/week (individual)"))),
    TRAUMA("Trauma-related symptoms", "I want to sleep and feel safe again.",
            "Name three trauma reminders and a grounding skill for each", 30,
            List.of(step(EXPOSURE, "1×/week (individual)"), step(DBT, "2×/week (group)"))),
    MOOD_INSTABILITY("Mood instability", "I want to keep my moods steady.",
            "Take medication as prescribed on at least 6 days a week, as reported at each medication visit", 30,
            List.of(step(MEDICATION_MANAGEMENT, "every 2 weeks"), step(PSYCHOEDUCATION, "1×/week"))),
    PSYCHOSIS("Psychotic symptoms", "I want to trust my own mind again.",
            "Take medication as prescribed and report any return of symptoms at each visit", 30,
            List.of(step(MEDICATION_MANAGEMENT, "every 2 weeks"), step(CASE_MANAGEMENT, "1×/week"))),
    SUBSTANCE_USE("Substance use", "I want to stop using and stay stopped.",
            "No alcohol or drug use reported on the BAM for 4 weeks in a row", 60,
            List.of(step(RELAPSE_PREVENTION, "3×/week (group)"), step(MOTIVATIONAL_INTERVIEWING, "1×/week (individual)"))),
    OPIOID_USE("Opioid use", "I want to stop using and stay stopped.",
            "No opioid use reported on the BAM for 4 weeks in a row", 60,
            List.of(step(RELAPSE_PREVENTION, "3×/week (group)"), step(MEDICATION_MANAGEMENT, "weekly"),
                    step(MOTIVATIONAL_INTERVIEWING, "1×/week (individual)"))),
    SAFETY("Risk of harm to self or others", "I want to stay safe when things get hard.",
            "Complete a written safety plan and review it with the counselor every week", 7,
            List.of(step(DBT, "2×/week (group)"))),
    FUNCTIONING("Difficulty with daily functioning (work, school, self-care)", "I want to get back to my routine.",
            "Follow a written daily routine on at least 5 days a week", 30, List.of(step(CASE_MANAGEMENT, "1×/week"))),
    STRESS("Stress in the client's surroundings", "I want to handle stress at home without falling apart.",
            "Use one stress-management skill each day, as logged in the daily diary", 30,
            List.of(step(HOLISTIC_PRACTICE, "1×/week (group)"))),
    SUPPORT("Limited support around the client", "I want people I can count on.",
            "Name two supportive people and contact one of them each week", 30,
            List.of(step(FAMILY_THERAPY, "1×/week"))),
    ENGAGEMENT("Engagement in treatment", "I want to get something out of coming here.",
            "Attend at least 90% of scheduled sessions each week", 30,
            List.of(step(MOTIVATIONAL_INTERVIEWING, "1×/week (individual)"))),
    WITHDRAWAL("Withdrawal risk", "I want to get through withdrawal safely.",
            "Report withdrawal symptoms at each visit and keep every medication appointment", 14,
            List.of(step(MEDICATION_MANAGEMENT, "weekly"))),
    PHYSICAL_HEALTH("Physical health needs", "I want to take care of my health.",
            "See a primary care provider and bring the visit summary to the counselor", 30,
            List.of(step(CASE_MANAGEMENT, "1×/week"))),
    EMOTIONAL_HEALTH("Emotional and behavioral health", "I want to handle my feelings without using.",
            "Use a coping skill instead of using when upset, at least 5 times a week, as logged", 30,
            List.of(step(CBT, "3×/week (group)"))),
    READINESS("Readiness to change", "I want to decide what I want for my life.",
            "Complete a decisional balance worksheet and discuss it with the counselor", 14,
            List.of(step(MOTIVATIONAL_INTERVIEWING, "1×/week (individual)"))),
    RELAPSE("Relapse potential", "I want to stay sober when cravings hit.",
            "Write a relapse prevention plan naming three triggers and a coping response for each", 21,
            List.of(step(RELAPSE_PREVENTION, "3×/week (group)"))),
    RECOVERY_ENVIRONMENT("Recovery environment", "I want a home and people that support my recovery.",
            "Attend at least one community support meeting (such as AA, NA or SMART Recovery) each week", 30,
            List.of(step(CASE_MANAGEMENT, "1×/week"))),
    OTHER("Symptoms that interfere with daily life", "I want to feel better day to day.",
            "Use one skill learned in group on at least 5 days a week, as logged", 30, List.of(step(CBT, "3×/week (group)")));

    /** A usual intervention: which modality and how often. */
    record Step(Modality modality, String frequency) {}

    final String text;
    final String goal;
    final String objective;
    final int objectiveDays;
    final List<Step> interventions;

    ProblemKind(String text, String goal, String objective, int objectiveDays, List<Step> interventions) {
        this.text = text;
        this.goal = goal;
        this.objective = objective;
        this.objectiveDays = objectiveDays;
        this.interventions = interventions;
    }

    private static Step step(Modality modality, String frequency) {
        return new Step(modality, frequency);
    }

    boolean isSubstanceUse() {
        return this == SUBSTANCE_USE || this == OPIOID_USE;
    }

    boolean isMentalHealth() {
        return this == DEPRESSION || this == ANXIETY || this == TRAUMA || this == MOOD_INSTABILITY || this == PSYCHOSIS;
    }
}
