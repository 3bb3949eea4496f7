package org.stepwise.notes.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.stepwise.notes.NoteView;

/** A note as the API returns it. */
record NoteJson(String id, String clientId, String episodeId, String kind, String format, String status,
        @Nullable String sessionId, LocalDate serviceDate, Instant serviceEndedAt, String authorId, String authorName,
        boolean part2, boolean sudCounseling, boolean lateEntry, @Nullable Group group,
        @Nullable Objective objective, List<Section> sections, @Nullable String contentHash, Instant createdAt,
        @Nullable Instant signedAt, @Nullable Long timeToSignMinutes, String timeToSign, int version,
        List<Signature> signatures, List<Addendum> addenda) {

    record Group(String groupNoteId, String topic, String interventions, String summary) {}

    record Objective(String id, String problem, String goal, String text, boolean active) {}

    record Section(String key, String label, String text) {}

    record Signature(String signerId, String signerName, @Nullable String credential, String capacity, Instant signedAt,
            String contentHash) {}

    record Addendum(String id, String authorId, String authorName, String text, Instant createdAt) {}

    static NoteJson of(NoteView n) {
        return new NoteJson(n.id().toString(), n.client().toString(), n.episode().toString(), n.kind().name(),
                n.format().name(), n.status().name(), n.session() == null ? null : n.session().toString(),
                n.serviceDate(), n.serviceEndedAt(), n.author().toString(), n.authorName(), n.part2(),
                n.sudCounseling(), n.lateEntry(),
                n.shared() == null ? null : new Group(n.shared().groupNote().toString(), n.shared().topic(),
                        n.shared().interventions(), n.shared().summary()),
                n.objective() == null ? null : new Objective(n.objective().id().toString(), n.objective().problem(),
                        n.objective().goal(), n.objective().text(), n.objective().active()),
                n.sections().stream().map(s -> new Section(s.key(), s.label(), s.text())).toList(), n.contentHash(),
                n.createdAt(), n.signedAt(), n.timeToSign() == null ? null : n.timeToSign().toMinutes(),
                n.timeToSignText(), n.version(),
                n.signatures().stream().map(s -> new Signature(s.signer().toString(), s.signerName(), s.credential(),
                        s.capacity().name(), s.signedAt(), s.contentHash())).toList(),
                n.addenda().stream().map(a -> new Addendum(a.id().toString(), a.author().toString(), a.authorName(),
                        a.text(), a.createdAt())).toList());
    }
}
