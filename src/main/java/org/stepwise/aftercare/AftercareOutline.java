package org.stepwise.aftercare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.episodes.EpisodeId;

/**
 * The latest version of an episode's aftercare plan in plain fields, for the discharge summary to show. Lists are one
 * readable line per item.
 *
 * @param supportGroups "SMART Recovery, Thursdays 19:00, Library annex"
 * @param alumniGroup "Tuesday alumni group, Tuesday 18:00"
 * @param referrals "Vocational: State VR office (Jo Park, 555-0100), referral made"
 * @param crisisLines the site's crisis lines
 * @param safetyPlan "Safety plan version 2, signed by the client on 2026-05-01", or null when none was in effect
 * @param reviewedWithClientOn the day this version was reviewed with the client, or null
 */
public record AftercareOutline(
        EpisodeId episode,
        int versionNumber,
        @Nullable String nextLevel,
        @Nullable String providerName,
        @Nullable String providerPhone,
        @Nullable String providerAddress,
        @Nullable LocalDateTime firstAppointment,
        List<String> supportGroups,
        @Nullable String alumniGroup,
        @Nullable String prescriber,
        @Nullable String medicationsContinued,
        @Nullable String refillPlan,
        List<String> referrals,
        List<String> crisisLines,
        @Nullable String safetyPlan,
        @Nullable String crisisNotes,
        @Nullable LocalDate reviewedWithClientOn) {

    public AftercareOutline {
        supportGroups = List.copyOf(supportGroups);
        referrals = List.copyOf(referrals);
        crisisLines = List.copyOf(crisisLines);
    }
}
