package org.stepwise.aftercare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one version of an aftercare plan says. Every text is stripped, and empty text is null.
 *
 * @param nextLevel the level of care the client goes on to, in the continuum's numbering (0.5 to 4)
 * @param firstAppointment the first appointment with the next provider
 * @param alumniGroup the program's alumni group in words ("Tuesday alumni group"), with its day and time when known
 * @param prescriber who prescribes after discharge
 * @param medicationsContinued what continues
 * @param refillPlan until when, and how refills are had
 * @param crisisNotes the crisis section in words: what to do, whom to call, beyond the site's crisis lines
 * @param safetyPlanVersion the client's safety plan in effect when this version was saved (both signatures), if any
 * @param safetyPlanSignedOn the day that safety plan was signed by the client
 */
public record AftercareContent(
        @Nullable String nextLevel,
        @Nullable String providerName,
        @Nullable String providerPhone,
        @Nullable String providerAddress,
        @Nullable LocalDateTime firstAppointment,
        List<SupportGroup> supportGroups,
        @Nullable String alumniGroup,
        @Nullable DayOfWeek alumniDay,
        @Nullable LocalTime alumniTime,
        @Nullable String prescriber,
        @Nullable String medicationsContinued,
        @Nullable String refillPlan,
        List<Referral> referrals,
        @Nullable String crisisNotes,
        @Nullable Integer safetyPlanVersion,
        @Nullable LocalDate safetyPlanSignedOn) {

    /** A mutual-help or peer support group the client means to attend (12-step, SMART Recovery…). */
    public record SupportGroup(String name, @Nullable String when, @Nullable String where) {

        public String describe() {
            return name + (when == null ? "" : ", " + when) + (where == null ? "" : ", " + where);
        }
    }

    /** A vocational, educational, housing or other referral. */
    public record Referral(ReferralKind kind, String agency, @Nullable String contact, ReferralStatus status) {

        public String describe() {
            return kind.label() + ": " + agency + (contact == null ? "" : " (" + contact + ")") + ", "
                    + status.label().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AftercareContent {
        supportGroups = List.copyOf(supportGroups);
        referrals = List.copyOf(referrals);
    }

    /** The same content pointing at another safety plan (read when the version is saved). */
    public AftercareContent withSafetyPlan(@Nullable Integer version, @Nullable LocalDate signedOn) {
        return new AftercareContent(nextLevel, providerName, providerPhone, providerAddress, firstAppointment,
                supportGroups, alumniGroup, alumniDay, alumniTime, prescriber, medicationsContinued, refillPlan,
                referrals, crisisNotes, version, signedOn);
    }

    /** The alumni group with its day and time: "Tuesday alumni group, Tuesday 18:00". */
    public @Nullable String alumniDescription() {
        if (alumniGroup == null) {
            return null;
        }
        String day = alumniDay == null ? "" : alumniDay.getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.US);
        String when = (day + (alumniTime == null ? "" : " " + alumniTime)).strip();
        return when.isEmpty() ? alumniGroup : alumniGroup + ", " + when;
    }

    public boolean hasMedication() {
        return prescriber != null || medicationsContinued != null || refillPlan != null;
    }
}
