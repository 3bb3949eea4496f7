package org.stepwise.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;

class ClientTests {

    static final Client.Stamp STAMP = new Client.Stamp("intake", Instant.parse("2026-11-22T10:00:00Z"));
    static final Client.Stamp LATER = new Client.Stamp("clinician", Instant.parse("2026-11-22T11:00:00Z"));

    static Client registered() {
        return Client.register(ClientId.random(), RecordNumber.fromSequence(1234),
                ClientDetails.of(ClientDetailsTests.draft(), ClientDetailsTests.TODAY), STAMP);
    }

    static ClientDetails changedPhone() {
        return ClientDetails.of(ClientDetailsTests.set(9, "555 000 1111"), ClientDetailsTests.TODAY);
    }

    @Test
    void revisingFromTheCurrentVersionNamesTheChangedFields() {
        Client client = registered();
        Client.Revision revision = client.revise(changedPhone(), 0, LATER);
        assertThat(revision.changedFields()).containsExactly("phone");
        assertThat(client.details().phone()).isEqualTo("555 000 1111");
        assertThat(client.updated()).isEqualTo(LATER);
    }

    @Test
    void revisingFromAnOlderVersionIsRefusedWithBothVersions() {
        Client client = registered();
        assertThatThrownBy(() -> client.revise(changedPhone(), 7, LATER))
                .isInstanceOfSatisfying(StaleClientException.class, e -> {
                    assertThat(e.current().details().phone()).isEqualTo("(555) 123-4567");
                    assertThat(e.submitted().phone()).isEqualTo("555 000 1111");
                    assertThat(e.submittedVersion()).isEqualTo(7);
                });
        assertThat(client.details().phone()).isEqualTo("(555) 123-4567");
    }

    @Test
    void aRepeatedSubmissionOfWhatIsThereChangesNothingEvenWhenStale() {
        Client client = registered();
        Client.Revision revision = client.revise(client.details(), 3, LATER);
        assertThat(revision.changedAnything()).isFalse();
        assertThat(client.updated()).isEqualTo(STAMP);
    }

    @Test
    void deletingNeedsAReasonAndHappensOnce() {
        Client client = registered();
        assertThatThrownBy(() -> client.delete("  ", LATER)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.delete("dup", LATER)).isInstanceOf(InvalidRequestException.class);
        client.delete("Duplicate of SW-001000", LATER);
        assertThat(client.isDeleted()).isTrue();
        assertThat(client.deletion().reason()).isEqualTo("Duplicate of SW-001000");
        assertThatThrownBy(() -> client.delete("Duplicate again", LATER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.revise(changedPhone(), 0, LATER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void supportPersonsTakeTheNextPositionAndCarryTheirOwnVersion() {
        Client client = registered();
        SupportPersonDetails mother = SupportPersonDetails.of(new SupportPersonDraft("Ann Smith", "mother", "555 222 3333",
                null, true, null));
        SupportPerson first = client.addSupportPerson(mother);
        SupportPerson second = client.addSupportPerson(mother);
        assertThat(first.position()).isZero();
        assertThat(second.position()).isOne();

        SupportPersonDetails moved = SupportPersonDetails.of(new SupportPersonDraft("Ann Smith", "mother", "555 444 5555",
                null, true, "Call after 5pm"));
        Client.SupportPersonChange change = client.changeSupportPerson(first.id(), moved, 0);
        assertThat(change.changedFields()).containsExactly("phone", "notes");
        assertThat(change.person().version()).isOne();
        assertThatThrownBy(() -> client.changeSupportPerson(first.id(), mother, 0)).isInstanceOf(ConflictException.class);
        assertThat(client.changeSupportPerson(first.id(), moved, 0).changedFields()).isEmpty();

        client.removeSupportPerson(second.id());
        assertThat(client.supportNetwork()).extracting(SupportPerson::id).containsExactly(first.id());
        assertThatThrownBy(() -> client.removeSupportPerson(second.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSupportPersonWeMayContactNeedsAWayToBeContacted() {
        assertThatThrownBy(() -> SupportPersonDetails.of(new SupportPersonDraft("Ann", "mother", null, null, true, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("mayContact"));
        assertThatThrownBy(() -> SupportPersonDetails.of(new SupportPersonDraft(null, "", null, null, false,
                "n".repeat(501))))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "relationship", "notes"));
        assertThat(SupportPersonDetails.of(new SupportPersonDraft("Ann", "mother", null, null, false,
                "Line one\nLine two")).notes()).contains("\n");
    }
}
