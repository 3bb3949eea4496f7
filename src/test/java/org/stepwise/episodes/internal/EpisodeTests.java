package org.stepwise.episodes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeStatus;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ProgramId;
import org.stepwise.shared.TrackId;

class EpisodeTests {

    static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");

    static Episode waiting() {
        AdmissionTerms terms = AdmissionTerms.check(AdmissionTermsTests.draft(), AdmissionTermsTests.PROGRAM,
                AdmissionTermsTests.TODAY);
        return Episode.waitlist(EpisodeId.random(), ClientId.random(), ProgramId.random(), TrackId.random(), null, terms,
                "intake", NOW, "Track full");
    }

    @Test
    void aWaitingClientAdmittedLaterKeepsThePlannedLengthFromTheNewStart() {
        Episode episode = waiting();
        LocalDate start = LocalDate.of(2026, 4, 1);
        episode.admitFromWaitlist(start, "intake", NOW, "A place came free");
        assertThat(episode.status()).isEqualTo(EpisodeStatus.ADMITTED);
        assertThat(episode.terms().admittedOn()).isEqualTo(start);
        assertThat(episode.terms().plannedEnd()).isEqualTo(start.plusDays(84));
        assertThat(episode.pendingChanges()).extracting(StatusChange::from, StatusChange::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, EpisodeStatus.WAITLISTED),
                        org.assertj.core.groups.Tuple.tuple(EpisodeStatus.WAITLISTED, EpisodeStatus.ADMITTED));
    }

    @Test
    void illegalMovesAreRefusedNamingTheCurrentState() {
        Episode episode = waiting();
        episode.admitFromWaitlist(LocalDate.of(2026, 4, 1), "intake", NOW, "A place came free");
        assertThatThrownBy(() -> episode.admitFromWaitlist(LocalDate.of(2026, 4, 2), "intake", NOW, "again"))
                .isInstanceOf(IllegalEpisodeMove.class).hasMessageContaining("is admitted");
        episode.cancel("director", NOW, "Admitted in error");
        assertThatThrownBy(() -> episode.cancel("director", NOW, "again"))
                .isInstanceOf(IllegalEpisodeMove.class).hasMessageContaining("is cancelled");
    }
}
