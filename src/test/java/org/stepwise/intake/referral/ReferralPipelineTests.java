package org.stepwise.intake.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;

/** The referral pipeline as plain Java: every legal and every illegal move, reasons, the client link and timings. */
class ReferralPipelineTests {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** The legal moves, written out once by hand: the table the enum must match. */
    private static final List<String> LEGAL = List.of(
            "NEW>FIRST_CONTACT", "NEW>REFERRED_ELSEWHERE", "NEW>DECLINED",
            "FIRST_CONTACT>SCREENING", "FIRST_CONTACT>REFERRED_ELSEWHERE", "FIRST_CONTACT>DECLINED",
            "SCREENING>ASSESSMENT", "SCREENING>REFERRED_ELSEWHERE", "SCREENING>DECLINED",
            "ASSESSMENT>DECISION", "ASSESSMENT>REFERRED_ELSEWHERE", "ASSESSMENT>DECLINED",
            "DECISION>ADMITTED", "DECISION>WAITLISTED", "DECISION>REFERRED_ELSEWHERE", "DECISION>DECLINED",
            "WAITLISTED>ADMITTED", "WAITLISTED>REFERRED_ELSEWHERE", "WAITLISTED>DECLINED");

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void eachMoveIsAllowedExactlyWhenTheTableSaysSo(ReferralStatus from, ReferralStatus to) {
        Referral referral = at(from, true);
        boolean legal = LEGAL.contains(from + ">" + to);
        if (legal) {
            StatusChange change = referral.moveTo(to, "Because the person asked.", "ines", NOW);
            assertThat(referral.status()).isEqualTo(to);
            assertThat(change).isEqualTo(new StatusChange(from, to, "Because the person asked.", "ines", NOW));
            assertThat(referral.newChanges()).containsExactly(change);
            assertThat(referral.statusChangedAt()).isEqualTo(NOW);
        } else {
            assertThatThrownBy(() -> referral.moveTo(to, "Because the person asked.", "ines", NOW))
                    .isInstanceOf(IllegalReferralMoveException.class)
                    .hasMessageStartingWith("This referral is " + from + ": it cannot move to " + to + ".");
            assertThat(referral.status()).isEqualTo(from);
            assertThat(referral.newChanges()).isEmpty();
        }
    }

    @Test
    void theTableHasNineteenMovesAndThreeFinalStatuses() {
        long moves = Stream.of(ReferralStatus.values()).mapToLong(s -> s.next().size()).sum();
        assertThat(moves).isEqualTo(LEGAL.size());
        assertThat(EnumSet.allOf(ReferralStatus.class).stream().filter(ReferralStatus::isFinal))
                .containsExactlyInAnyOrder(ReferralStatus.ADMITTED, ReferralStatus.REFERRED_ELSEWHERE,
                        ReferralStatus.DECLINED);
        assertThatThrownBy(() -> at(ReferralStatus.DECLINED, true).moveTo(ReferralStatus.FIRST_CONTACT, null, "ines", NOW))
                .hasMessage("This referral is DECLINED: it cannot move to FIRST_CONTACT. From DECLINED it can move to "
                        + "nowhere: it is closed.");
    }

    @Test
    void eachNamedMoveIsTheSameAsMovingToItsStatus() {
        Referral referral = at(ReferralStatus.NEW, true);
        referral.recordFirstContact(null, "ines", NOW);
        referral.startScreening("PHQ-9 and AUDIT booked.", "ines", NOW);
        referral.startAssessment(null, "ines", NOW);
        referral.readyForDecision(null, "ines", NOW);
        referral.admit("Admitted to the evening track.", "ines", NOW);
        assertThat(referral.newChanges()).extracting(StatusChange::to).containsExactly(ReferralStatus.FIRST_CONTACT,
                ReferralStatus.SCREENING, ReferralStatus.ASSESSMENT, ReferralStatus.DECISION, ReferralStatus.ADMITTED);
        assertThat(referral.newChanges().get(0).reason()).isNull();
        assertThat(referral.newChanges().get(1).reason()).isEqualTo("PHQ-9 and AUDIT booked.");

        Referral other = at(ReferralStatus.DECISION, true);
        other.waitlist("Evening track full.", "ines", NOW);
        other.admit("A place opened.", "ines", NOW);
        assertThat(other.status()).isEqualTo(ReferralStatus.ADMITTED);
        assertThat(at(ReferralStatus.NEW, false).referElsewhere("Needs residential care.", "ines", NOW).to())
                .isEqualTo(ReferralStatus.REFERRED_ELSEWHERE);
        assertThat(at(ReferralStatus.SCREENING, false).decline("Not interested now.", "ines", NOW).to())
                .isEqualTo(ReferralStatus.DECLINED);
    }

    @ParameterizedTest
    @EnumSource(names = {"ADMITTED", "WAITLISTED", "REFERRED_ELSEWHERE", "DECLINED"})
    void everyOutcomeNeedsAPlainTextReason(ReferralStatus outcome) {
        for (String missing : new String[] {null, "", "   "}) {
            Referral referral = at(ReferralStatus.DECISION, true);
            assertThatThrownBy(() -> referral.moveTo(outcome, missing, "ines", NOW))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("reason"));
            assertThat(referral.status()).isEqualTo(ReferralStatus.DECISION);
            assertThat(referral.newChanges()).isEmpty();
        }
        Referral referral = at(ReferralStatus.DECISION, true);
        assertThatThrownBy(() -> referral.moveTo(outcome, "x".repeat(2001), "ines", NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2001 characters");
        assertThatThrownBy(() -> referral.moveTo(outcome, "<script>alert(1)</script>", "ines", NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("plain text");
        assertThat(referral.moveTo(outcome, "x".repeat(2000), "ines", NOW).reason()).hasSize(2000);
    }

    @Test
    void stagesTakeAnOptionalNoteButNeverMarkup() {
        assertThat(at(ReferralStatus.NEW, true).recordFirstContact("  ", "ines", NOW).reason()).isNull();
        assertThatThrownBy(() -> at(ReferralStatus.NEW, true).recordFirstContact("<b>hi</b>", "ines", NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void assessmentNeedsALinkedClientAndAClientIsLinkedAtFirstContactOrScreeningOnly() {
        Referral unlinked = at(ReferralStatus.SCREENING, false);
        assertThatThrownBy(() -> unlinked.startAssessment(null, "ines", NOW))
                .isInstanceOf(IllegalReferralMoveException.class)
                .hasMessageContaining("SCREENING and not yet linked to a client");
        ClientId client = ClientId.random();
        unlinked.linkClient(client);
        assertThat(unlinked.clientChanged()).isTrue();
        unlinked.startAssessment(null, "ines", NOW);
        assertThat(unlinked.client()).isEqualTo(client);

        for (ReferralStatus status : ReferralStatus.values()) {
            Referral referral = at(status, false);
            boolean linkable = Set.of(ReferralStatus.FIRST_CONTACT, ReferralStatus.SCREENING).contains(status);
            if (linkable) {
                referral.linkClient(client);
                assertThat(referral.client()).isEqualTo(client);
            } else {
                assertThatThrownBy(() -> referral.linkClient(client))
                        .isInstanceOf(IllegalReferralMoveException.class)
                        .hasMessageContaining("This referral is " + status);
            }
        }
    }

    @Test
    void aMoveIsNeverRecordedBeforeThePreviousOne() {
        Referral referral = at(ReferralStatus.NEW, true);
        assertThat(referral.recordFirstContact(null, "ines", RECEIVED.minusSeconds(60)).at()).isEqualTo(RECEIVED);
    }

    @Test
    void timingsCountFromReceiptToTheFirstTimeEachStepWasReached() {
        List<StatusChange> history = List.of(
                new StatusChange(ReferralStatus.NEW, ReferralStatus.FIRST_CONTACT, null, "ines", RECEIVED.plus(Duration.ofHours(5))),
                new StatusChange(ReferralStatus.FIRST_CONTACT, ReferralStatus.SCREENING, null, "ines", RECEIVED.plus(Duration.ofDays(1))),
                new StatusChange(ReferralStatus.SCREENING, ReferralStatus.ASSESSMENT, null, "ines", RECEIVED.plus(Duration.ofDays(2))),
                new StatusChange(ReferralStatus.ASSESSMENT, ReferralStatus.DECISION, null, "ines", RECEIVED.plus(Duration.ofDays(3))),
                new StatusChange(ReferralStatus.DECISION, ReferralStatus.WAITLISTED, "full", "ines", RECEIVED.plus(Duration.ofDays(4))),
                new StatusChange(ReferralStatus.WAITLISTED, ReferralStatus.ADMITTED, "place", "ines", RECEIVED.plus(Duration.ofDays(10))));
        ReferralTimings timings = ReferralTimings.of(RECEIVED, history);
        assertThat(timings.toFirstContact()).isEqualTo(Duration.ofHours(5));
        assertThat(timings.toDecision()).isEqualTo(Duration.ofDays(3));
        assertThat(timings.toAdmission()).isEqualTo(Duration.ofDays(10));
        assertThat(ReferralTimings.of(RECEIVED, history.subList(0, 1)).toAdmission()).isNull();
        assertThat(ReferralTimings.describe(Duration.ofHours(5))).isEqualTo("5 h");
        assertThat(ReferralTimings.describe(Duration.ofMinutes(90))).isEqualTo("1.5 h");
        assertThat(ReferralTimings.describe(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(ReferralTimings.describe(Duration.ofMinutes(20))).isEqualTo("20 min");
        assertThat(ReferralTimings.describe(null)).isEqualTo("—");
    }

    @Test
    void detailsNameEveryFieldInError() {
        ReferralDraft bad = new ReferralDraft("HOSPITAL", "<b>Dr</b>", null, "12", "not-an-email", " ", null,
                "1990-13-01", "call me", "nope", "", "ASAP", null, "M123", "also-nope", "2999-01-01T10:00");
        assertThatThrownBy(() -> ReferralDetails.of(bad, NOW, ZONE))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "source", "referrerName", "referrerPhone", "referrerEmail", "givenName", "familyName",
                        "dateOfBirth", "phone", "clientId", "reason", "urgency", "payerName", "programId",
                        "receivedAt"));
    }

    @Test
    void detailsAreCleanedAndTheTimeOfReceiptReadInTheClinicsZone() {
        ReferralDraft draft = new ReferralDraft("primary_care", " Dr Ada Reyes ", "Eastside Family Practice",
                "(555) 201-3344", "ada@eastside.example", " Sam ", "Okafor", "1988-07-14", null, null,
                "Low mood for 3 months.", "soon", "Acme Health", "AH-1234", null, "2026-03-02T09:30");
        ReferralDetails details = ReferralDetails.of(draft, NOW, ZONE);
        assertThat(details.source()).isEqualTo(ReferralSource.PRIMARY_CARE);
        assertThat(details.urgency()).isEqualTo(Urgency.SOON);
        assertThat(details.referrerName()).isEqualTo("Dr Ada Reyes");
        assertThat(details.personName()).isEqualTo("Sam Okafor");
        assertThat(details.phone()).isNull();
        assertThat(details.receivedAt()).isEqualTo(Instant.parse("2026-03-02T14:30:00Z"));
        assertThat(ReferralDetails.of(new ReferralDraft("SELF", null, null, null, null, "Sam", "Okafor", null, null,
                null, "Wants help.", "ROUTINE", null, null, null, "2026-03-02T09:30:00Z"), NOW, ZONE).receivedAt())
                .isEqualTo(Instant.parse("2026-03-02T09:30:00Z"));
        assertThat(ReferralDetails.of(new ReferralDraft("SELF", null, null, null, null, "Sam", "Okafor", null, null,
                null, "Wants help.", "ROUTINE", null, null, null, null), NOW, ZONE).receivedAt()).isEqualTo(NOW);
    }

    private static Referral at(ReferralStatus status, boolean linked) {
        ReferralDetails details = new ReferralDetails(ReferralSource.SELF, null, null, null, null, "Sam", "Okafor", null,
                null, null, "Wants help.", Urgency.ROUTINE, null, null, null, RECEIVED);
        return new Referral(UUID.randomUUID(), details, linked ? ClientId.random() : null, status, RECEIVED, RECEIVED,
                "ines", 3);
    }
}
