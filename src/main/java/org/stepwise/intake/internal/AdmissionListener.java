package org.stepwise.intake.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.episodes.ClientAdmitted;
import org.stepwise.episodes.ClientWaitlisted;
import org.stepwise.intake.referral.ReferralStatus;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Track;

/**
 * Moves a referral to ADMITTED or WAITLISTED when the episodes module admits its client or puts them on a track's
 * waitlist (the admission page is opened from the referral with {@code ?referral=<id>}). Events without a referral
 * (a client admitted some other way) are ignored.
 */
@Component
class AdmissionListener {

    private final ReferralManagement referrals;
    private final Organisation organisation;

    AdmissionListener(ReferralManagement referrals, Organisation organisation) {
        this.referrals = referrals;
        this.organisation = organisation;
    }

    @ApplicationModuleListener
    void on(ClientAdmitted event) {
        if (event.referralId() != null) {
            referrals.recordAdmission(event.referralId(), new ClientId(event.clientId()), ReferralStatus.ADMITTED,
                    "Admitted to an episode of care on " + event.admittedOn() + " (episode " + event.episodeId() + ").");
        }
    }

    @ApplicationModuleListener
    void on(ClientWaitlisted event) {
        if (event.referralId() != null) {
            referrals.recordAdmission(event.referralId(), new ClientId(event.clientId()), ReferralStatus.WAITLISTED,
                    "Waitlisted for " + trackName(new TrackId(event.trackId())) + " (waitlist entry "
                            + event.waitlistEntryId() + ").");
        }
    }

    private String trackName(TrackId track) {
        try {
            Track found = organisation.track(track);
            return "the track " + found.name();
        } catch (NotFoundException e) {
            return "track " + track;
        }
    }
}
