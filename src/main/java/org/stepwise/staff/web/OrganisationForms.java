package org.stepwise.staff.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.stepwise.staff.FollowUpDays;
import org.stepwise.staff.Program;
import org.stepwise.staff.ProgramDetails;
import org.stepwise.staff.ProgramKind;
import org.stepwise.staff.Room;
import org.stepwise.staff.RoomDetails;
import org.stepwise.staff.Site;
import org.stepwise.staff.SiteDetails;
import org.stepwise.staff.Track;
import org.stepwise.staff.TrackDetails;
import org.stepwise.staff.TrackPeriod;

/** The form records of the organisation pages: what a browser posts, before the domain checks it. */
final class OrganisationForms {

    private OrganisationForms() {}

    record SiteForm(@Nullable String name, @Nullable String address, @Nullable String timeZone,
            @Nullable String crisisLine, @Nullable Integer version, @Nullable String otherCrisisLines) {

        static SiteForm blank() {
            return new SiteForm("", "", "America/New_York", "988", null, SiteDetails.DEFAULT_OTHER_CRISIS_LINES);
        }

        static SiteForm of(Site site) {
            return new SiteForm(site.name(), site.address(), site.timeZone(), site.crisisLine(), site.version(),
                    site.otherCrisisLines());
        }

        SiteDetails details() {
            return new SiteDetails(name, address, timeZone, crisisLine, otherCrisisLines);
        }

        SiteForm withVersion(int saved) {
            return new SiteForm(name, address, timeZone, crisisLine, saved, otherCrisisLines);
        }
    }

    record ProgramForm(@Nullable String name, @Nullable ProgramKind kind, @Nullable BigDecimal weeklyHours,
            @Nullable Integer lengthOfStayDays, @Nullable Integer planReviewDays, @Nullable Integer version,
            @Nullable String followUpDays) {

        static ProgramForm blank() {
            return new ProgramForm("", null, new BigDecimal("9"), 90, ProgramDetails.DEFAULT_PLAN_REVIEW_DAYS, null,
                    FollowUpDays.text(FollowUpDays.DEFAULT));
        }

        static ProgramForm of(Program program) {
            return new ProgramForm(program.name(), program.kind(), program.weeklyHours(),
                    program.lengthOfStayDays(), program.planReviewDays(), program.version(),
                    FollowUpDays.text(program.followUpDays()));
        }

        ProgramDetails details() {
            return new ProgramDetails(name, kind, weeklyHours, lengthOfStayDays, planReviewDays, followUpDays);
        }

        ProgramForm withVersion(int saved) {
            return new ProgramForm(name, kind, weeklyHours, lengthOfStayDays, planReviewDays, saved, followUpDays);
        }
    }

    record TrackForm(@Nullable String name, @Nullable TrackPeriod period, @Nullable Integer capacity,
            @Nullable Integer version) {

        static TrackForm blank() {
            return new TrackForm("", null, 12, null);
        }

        static TrackForm of(Track track) {
            return new TrackForm(track.name(), track.period(), track.capacity(), track.version());
        }

        TrackDetails details() {
            return new TrackDetails(name, period, capacity);
        }

        TrackForm withVersion(int saved) {
            return new TrackForm(name, period, capacity, saved);
        }
    }

    record RoomForm(@Nullable String name, @Nullable Integer capacity, @Nullable Integer version) {

        static RoomForm blank() {
            return new RoomForm("", 12, null);
        }

        static RoomForm of(Room room) {
            return new RoomForm(room.name(), room.capacity(), room.version());
        }

        RoomDetails details() {
            return new RoomDetails(name, capacity);
        }

        RoomForm withVersion(int saved) {
            return new RoomForm(name, capacity, saved);
        }
    }
}
