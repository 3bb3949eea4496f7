package org.stepwise.alumni.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stepwise.alumni.AlumniRoster;
import org.stepwise.episodes.ClientDischarged;

/**
 * After a discharge commits: a client who completed the program or stepped down joins its alumni roster. Runs through
 * the event registry, so a crash before it finishes runs it again; joining twice changes nothing.
 */
@Component
class JoinAlumniOnDischarge {

    private final AlumniRoster roster;

    JoinAlumniOnDischarge(AlumniRoster roster) {
        this.roster = roster;
    }

    @ApplicationModuleListener
    void on(ClientDischarged discharged) {
        roster.joinOnDischarge(discharged);
    }
}
