package org.stepwise.notes.individual;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.careplan.PlanObjective;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.clients.ChartAccess;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.printing.ClinicalPrints;
import org.stepwise.printing.Pdf;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.StaffMember;

/**
 * The PDF of any note in a client's chart (a group entry with its group's shared text, an individual, family or
 * medication note), with its signatures, addenda, late entry and, for a Part 2 record, the redisclosure notice of
 * 42 CFR 2.32. Printing for the program's own use is not a disclosure; {@link ClinicalPrints} audits it as a PRINT.
 */
@Service
public class NotePrints {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.US);
    /** The sections of a group's entry, in the order the group's page asks them (any other key prints after). */
    private static final List<String> GROUP_ENTRY = List.of("participation", "presentation", "progress", "risk");

    private final IndividualNoteStore store;
    private final NoteContexts contexts;
    private final ChartAccess chartAccess;
    private final ClinicalPrints prints;
    private final ClientRegistry clients;
    private final StaffDirectory staff;
    private final PlanObjectives objectives;
    private final MessageSource messages;

    NotePrints(IndividualNoteStore store, NoteContexts contexts, ChartAccess chartAccess, ClinicalPrints prints,
            ClientRegistry clients, StaffDirectory staff, PlanObjectives objectives, MessageSource messages) {
        this.store = store;
        this.contexts = contexts;
        this.chartAccess = chartAccess;
        this.prints = prints;
        this.clients = clients;
        this.staff = staff;
        this.objectives = objectives;
        this.messages = messages;
    }

    /** One labelled section as printed. */
    public record PrintedSection(String label, String text) {}

    /** A signature as printed. */
    public record PrintedSignature(String name, String credential, String capacity, String signedAt, String hash) {}

    /** An addendum as printed. */
    public record PrintedAddendum(String author, String at, String text) {}

    /**
     * The note as a PDF, audited as a PRINT.
     *
     * @throws NotFoundException for an unknown note
     */
    @Transactional
    public Pdf print(UUID id) {
        StoredNote note = store.find(id).orElseThrow(() -> new NotFoundException("There is no note " + id + "."));
        chartAccess.require(note.client());
        ClientSummary client = clients.find(note.client()).orElseThrow(() -> new NotFoundException("There is no note "
                + id + "."));
        EpisodeView episode = contexts.episode(note.episode());
        SessionView session = contexts.sessionAsIs(note.session());
        ZoneId zone = contexts.zone(episode, session);
        Map<String, Object> model = new LinkedHashMap<>();
        String title = label("notes.individual.kind." + note.kind(), note.kind()) + " note";
        model.put("title", title);
        model.put("clientName", client.displayName());
        model.put("recordNumber", client.recordNumber());
        model.put("programName", episode.programName());
        model.put("serviceDay", DAY.format(note.serviceDate()));
        model.put("serviceEnded", WHEN.format(note.serviceEndedAt().atZone(zone)));
        model.put("sessionTitle", session == null ? null : session.title() + " (" + session.typeName() + ")");
        model.put("author", nameOf(note));
        model.put("format", note.format().equals("GROUP_ENTRY") ? null : note.format());
        model.put("status", label("notes.individual.status." + note.status(), note.status()));
        model.put("draft", note.isDraft());
        model.put("part2", note.part2());
        model.put("sudCounseling", note.sudCounseling());
        model.put("lateEntry", note.lateEntry());
        PlanObjective objective = note.objective() == null ? null
                : objectives.ofClient(note.client(), note.objective()).orElse(null);
        model.put("objective", objective == null ? null : objective.text());
        model.put("goal", objective == null ? null : objective.goal());
        model.put("group", note.groupNote() == null ? null : store.groupText(note.groupNote()).orElse(null));
        model.put("sections", sections(note));
        model.put("signatures", store.signatures(id).stream().map(s -> new PrintedSignature(s.name(),
                s.credential() == null ? "" : s.credential(), label("notes.individual.capacity." + s.capacity(),
                        s.capacity()), WHEN.format(s.signedAt().atZone(zone)), s.hash())).toList());
        model.put("addenda", store.addenda(id).stream().map(a -> new PrintedAddendum(a.author(),
                WHEN.format(a.at().atZone(zone)), a.text())).toList());
        String file = "note-" + note.serviceDate() + "-" + note.kind().toLowerCase(Locale.ROOT) + ".pdf";
        return prints.print(new ClinicalPrints.PrintRequest(note.client(), "notes/individual/note-pdf", model, file,
                "clinical note", note.kind() + " note " + id + " of " + note.serviceDate(), note.part2()));
    }

    private List<PrintedSection> sections(StoredNote note) {
        List<String> order = new ArrayList<>(note.layout().map(NoteLayout::sections).orElse(GROUP_ENTRY));
        note.sections().keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        return order.stream().filter(note.sections()::containsKey)
                .map(k -> new PrintedSection(label("notes.individual.section." + k, NoteDraftRules.label(k)),
                        note.sections().get(k)))
                .toList();
    }

    private String nameOf(StoredNote note) {
        return staff.byId(note.author()).map(StaffMember::displayName).orElse(note.author().toString());
    }

    private String label(String key, String fallback) {
        return String.valueOf(messages.getMessage(key, null, fallback, Locale.US));
    }
}
