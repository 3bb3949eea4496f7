package org.stepwise.notes.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.notes.GroupChoices;
import org.stepwise.notes.NoteFormat;
import org.stepwise.notes.NoteId;
import org.stepwise.notes.NoteSection;
import org.stepwise.notes.NoteView;
import org.stepwise.shared.ClientId;

/** Turns stored notes into what is shown: sections in the form's order with choices in words, signatures, addenda. */
@Component
public class NoteViews {

    private static final Set<String> CHOICES = Set.of("participation", "presentation", "risk");

    private final NoteStore store;
    private final PlanObjectives objectives;

    NoteViews(NoteStore store, PlanObjectives objectives) {
        this.store = store;
        this.objectives = objectives;
    }

    public NoteView of(NoteRow row) {
        return of(List.of(row)).getFirst();
    }

    /**
     * Signatures and addenda of all the rows in two queries; each objective the notes link to read once (a client's
     * notes mostly link to the same few).
     */
    public List<NoteView> of(List<NoteRow> rows) {
        List<NoteId> ids = rows.stream().map(NoteRow::id).toList();
        var signatures = store.signatures(ids);
        var addenda = store.addenda(ids);
        record Link(ClientId client, UUID objective) {}
        Map<Link, Optional<NoteView.ObjectiveRef>> linked = new HashMap<>();
        return rows.stream().map(n -> {
            UUID linkedTo = n.objective();
            NoteView.ObjectiveRef objective = linkedTo == null ? null
                    : linked.computeIfAbsent(new Link(n.client(), linkedTo),
                            l -> objectives.ofClient(l.client(), l.objective()).map(NoteViews::ref)).orElse(null);
            NoteView.GroupText shared = n.groupText() == null || n.groupNote() == null ? null
                    : new NoteView.GroupText(n.groupNote(), n.groupText().topic(), n.groupText().interventions(),
                            n.groupText().summary());
            return new NoteView(n.id(), n.client(), n.episode(), n.kind(), n.format(), n.status(),
                    sections(n.format(), n.sections()), shared, objective, n.session(), n.serviceDate(),
                    n.serviceEndedAt(), n.author(), n.authorName(), n.part2(), n.sudCounseling(), n.lateEntry(),
                    n.contentHash(), n.createdAt(), n.updatedAt(), n.signedAt(),
                    n.signedAt() == null ? null : Duration.between(n.serviceEndedAt(), n.signedAt()), n.version(),
                    signatures.getOrDefault(n.id(), List.of()), addenda.getOrDefault(n.id(), List.of()));
        }).toList();
    }

    /** The form's sections in order (blank ones left out), then any the form does not name, by key. */
    static List<NoteSection> sections(NoteFormat format, Map<String, String> stored) {
        List<NoteSection> shown = new ArrayList<>();
        for (NoteFormat.Section section : format.sections()) {
            String value = stored.getOrDefault(section.key(), "");
            if (!value.isBlank()) {
                shown.add(new NoteSection(section.key(), section.label(),
                        format == NoteFormat.GROUP_ENTRY ? words(section.key(), value) : value));
            }
        }
        stored.keySet().stream().filter(key -> format.section(key).isEmpty()).sorted()
                .filter(key -> !stored.get(key).isBlank())
                .forEach(key -> shown.add(new NoteSection(key, key, stored.get(key))));
        return shown;
    }

    private static String words(String key, String value) {
        if (!CHOICES.contains(key)) {
            return value;
        }
        return switch (key) {
            case "participation" -> GroupChoices.parse(GroupChoices.Participation.class, value)
                    .map(GroupChoices.Participation::label).orElse(value);
            case "presentation" -> GroupChoices.parse(GroupChoices.Presentation.class, value)
                    .map(GroupChoices.Presentation::label).orElse(value);
            default -> GroupChoices.parse(GroupChoices.Risk.class, value).map(GroupChoices.Risk::label).orElse(value);
        };
    }

    private static NoteView.ObjectiveRef ref(PlanObjective o) {
        return new NoteView.ObjectiveRef(o.id(), o.problem(), o.goal(), o.text(), o.active());
    }
}
