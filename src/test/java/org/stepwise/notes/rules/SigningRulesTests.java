package org.stepwise.notes.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepwise.notes.TimeToSign;
import org.stepwise.shared.StaffId;
import org.stepwise.staff.Credential;

/** The signing rules in plain Java: content hash, co-signature, late entries, time to sign. */
class SigningRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID CLIENT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID EPISODE = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private static ContentHash.Content content(Map<String, String> sections, ContentHash.GroupText group) {
        return new ContentHash.Content("GROUP", "GROUP_ENTRY", CLIENT, EPISODE, TODAY,
                Instant.parse("2026-11-23T15:50:00Z"), null, true, false, sections, group);
    }

    @Test
    void theSameContentAlwaysHasTheSameHashWhateverTheOrderOfItsSections() {
        var group = new ContentHash.GroupText("Coping", "CBT", "Summary");
        String one = ContentHash.of(content(Map.of("participation", "ACTIVE", "risk", "NONE"), group));
        String two = ContentHash.of(content(new java.util.TreeMap<>(Map.of("risk", "NONE", "participation", "ACTIVE")),
                group));
        assertThat(one).isEqualTo(two).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest(name = "changing {0} changes the hash")
    @CsvSource({"section", "sharedSummary", "sharedTopic", "sectionSplit", "part2"})
    void anyChangeToWhatTheNoteSaysChangesTheHash(String change) {
        var group = new ContentHash.GroupText("Coping", "CBT", "Summary");
        ContentHash.Content base = content(Map.of("progress", "ab", "risk", "NONE"), group);
        ContentHash.Content changed = switch (change) {
            case "section" -> content(Map.of("progress", "ab.", "risk", "NONE"), group);
            case "sharedSummary" -> content(base.sections(), new ContentHash.GroupText("Coping", "CBT", "Summary!"));
            case "sharedTopic" -> content(base.sections(), new ContentHash.GroupText("Copin", "CBT", "Summary"));
            // The same characters split differently between two fields must not collide.
            case "sectionSplit" -> content(Map.of("progress", "a", "risk", "bNONE"), group);
            default -> new ContentHash.Content("GROUP", "GROUP_ENTRY", CLIENT, EPISODE, TODAY,
                    base.serviceEndedAt(), null, false, false, base.sections(), group);
        };
        assertThat(ContentHash.of(changed)).isNotEqualTo(ContentHash.of(base));
    }

    /** Credentials as "TYPE:requires:expiresInDays" separated by spaces; "-" for none. */
    @ParameterizedTest(name = "{0} → co-signature required: {1}, signs as {2}")
    @CsvSource({
            "-, false, ''",
            "LCSW:false:365, false, LCSW",
            "LPC-Associate:true:365, true, LPC-Associate",
            "LPC-Associate:true:365 LCSW:false:365, false, LCSW",
            "LPC-Associate:true:365 LCSW:false:-1, true, LPC-Associate",
            "LCSW:false:-1, false, ''",
            "LMSW:true:0, true, LMSW",
            "LMSW:true:-1, false, ''"})
    void aPersonNeedsCoSignatureWhenEveryValidCredentialRequiresIt(String held, boolean required, String signsAs) {
        List<Credential> credentials = credentials(held);
        assertThat(Cosignature.required(credentials, TODAY)).isEqualTo(required);
        assertThat(Cosignature.signingCredential(credentials, TODAY)).isEqualTo(signsAs.isEmpty() ? null : signsAs);
    }

    @ParameterizedTest(name = "author={0}, holds NOTE_COSIGN={1}, credentials {2} → {3}")
    @CsvSource({
            "false, true, LCSW:false:365, ''",
            "true, true, LCSW:false:365, You wrote this note",
            "false, false, LCSW:false:365, Your role may not co-sign",
            "false, true, LPC-Associate:true:365, Your own credentials require a co-signature",
            "false, true, -, ''"})
    void whoMayCoSign(boolean isAuthor, boolean holdsNoteCosign, String held, String refusal) {
        StaffId author = new StaffId(UUID.randomUUID());
        StaffId cosigner = isAuthor ? author : new StaffId(UUID.randomUUID());
        var answer = Cosignature.refusal(author, cosigner, holdsNoteCosign, credentials(held), TODAY);
        if (refusal.isEmpty()) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).hasValueSatisfying(r -> assertThat(r).startsWith(refusal));
        }
    }

    @ParameterizedTest(name = "signed {0} min after the service, deadline {1} h → late: {2}")
    @CsvSource({"0, 72, false", "4320, 72, false", "4321, 72, true", "60, 1, false", "61, 1, true",
            "-30, 72, false", "10080, 72, true", "1440, 24, false"})
    void aNoteSignedAfterTheDeadlineIsALateEntry(long minutes, long hours, boolean late) {
        Instant ended = Instant.parse("2026-02-28T23:30:00Z");
        assertThat(LateEntry.isLate(ended, ended.plus(Duration.ofMinutes(minutes)), Duration.ofHours(hours)))
                .isEqualTo(late);
    }

    @ParameterizedTest(name = "{0} min → \"{1}\"")
    @CsvSource({"0, 0 min", "45, 45 min", "60, 1 h 0 min", "125, 2 h 5 min", "1440, 1 d 0 h", "4561, 3 d 4 h",
            "-5, 0 min"})
    void timeToSignInWords(long minutes, String words) {
        assertThat(TimeToSign.words(Duration.ofMinutes(minutes))).isEqualTo(words);
    }

    private static List<Credential> credentials(String held) {
        List<Credential> list = new ArrayList<>();
        if (held.equals("-")) {
            return list;
        }
        for (String c : held.split(" ")) {
            String[] p = c.split(":");
            list.add(new Credential(UUID.randomUUID(), new StaffId(UUID.randomUUID()), p[0], "N1", "OR",
                    TODAY.plusDays(Long.parseLong(p[2])), Boolean.parseBoolean(p[1])));
        }
        return list;
    }
}
