package org.stepwise.notes.individual;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.stepwise.careplan.PlanObjectives;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.consents.Part2Records;
import org.stepwise.episodes.EpisodeFacts;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.episodes.EpisodeRecords;
import org.stepwise.episodes.EpisodeView;
import org.stepwise.scheduling.Schedule;
import org.stepwise.scheduling.SessionId;
import org.stepwise.scheduling.SessionType;
import org.stepwise.scheduling.SessionTypes;
import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ClientId;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.staff.Organisation;

/**
 * Gathers what a note's form and rules need from other modules: the client's episode and program (its note format,
 * Part 2, the site's time zone), the session and its template, the client's objectives. The caller has checked chart
 * access; {@link EpisodeRecords#episode} audits the read of the episode.
 */
@Component
class NoteContexts {

    private final IndividualNoteStore store;
    private final EpisodeRecords episodes;
    private final Organisation organisation;
    private final PlanObjectives objectives;
    private final Schedule schedule;
    private final SessionTypes sessionTypes;
    private final ClientRegistry clients;
    private final Clock clock;

    NoteContexts(IndividualNoteStore store, EpisodeRecords episodes, Organisation organisation,
            PlanObjectives objectives, Schedule schedule, SessionTypes sessionTypes, ClientRegistry clients,
            Clock clock) {
        this.store = store;
        this.episodes = episodes;
        this.organisation = organisation;
        this.objectives = objectives;
        this.schedule = schedule;
        this.sessionTypes = sessionTypes;
        this.clients = clients;
        this.clock = clock;
    }

    /** The episode a new note belongs to: the current one, or (documenting after discharge) the latest. */
    EpisodeView episodeFor(ClientId client) {
        EpisodeId id = episodes.current(client)
                .or(() -> episodes.factsOf(client).stream().findFirst().map(EpisodeFacts::id))
                .orElseThrow(() -> new InvalidRequestException("This client has no episode of care: admit them "
                        + "before writing notes in their chart."));
        return episodes.episode(id);
    }

    EpisodeView episode(EpisodeId id) {
        return episodes.episode(id);
    }

    /**
     * A session the client's note may document: not cancelled, not a group, the client booked into it, already begun.
     *
     * @throws InvalidRequestException naming the {@code session} field otherwise
     */
    SessionView session(ClientId client, UUID id) {
        SessionView session = schedule.find(new SessionId(id)).orElseThrow(() -> InvalidRequestException.forField(
                "session", "There is no such session."));
        String problem = null;
        if (session.cancelled()) {
            problem = "The session was cancelled: there is nothing to document.";
        } else if (session.category().isGroup()) {
            problem = "A group's notes are written on the group's note page, one screen for everyone who attended.";
        } else if (schedule.roster(session.id()).stream().noneMatch(b -> b.client().equals(client))) {
            problem = "The client is not booked into this session.";
        } else if (session.startsAt().isAfter(clock.instant())) {
            problem = "The session has not begun yet: write its note once it has taken place.";
        }
        if (problem != null) {
            throw InvalidRequestException.forField("session", problem);
        }
        return session;
    }

    /** The session a draft documents, as it stands (an edit does not ask again whether it may be documented). */
    @Nullable SessionView sessionAsIs(@Nullable UUID id) {
        return id == null ? null : schedule.find(new SessionId(id)).orElse(null);
    }

    boolean hasObjectives(EpisodeView episode) {
        return !objectives.active(episode.id()).isEmpty();
    }

    /** The kind of a new note: the session's own, else the one asked for. */
    NoteKind kind(@Nullable String asked, @Nullable SessionView session) {
        if (session != null) {
            return NoteKind.of(session.category()).orElseThrow(() -> InvalidRequestException.forField("session",
                    "A group's notes are written on the group's note page."));
        }
        return NoteKind.parse(asked).orElseThrow(() -> InvalidRequestException.forField("kind",
                "Choose the kind of note: INDIVIDUAL, FAMILY or MEDICATION."));
    }

    NoteLayout layout(NoteKind kind, EpisodeView episode) {
        return kind.layout(organisation.noteFormat(episode.program()));
    }

    boolean part2(EpisodeView episode) {
        return Part2Records.applies(organisation.program(episode.program()).kind(), episode.diagnoses());
    }

    ZoneId zone(EpisodeView episode, @Nullable SessionView session) {
        String zone = session != null ? session.siteTimezone()
                : organisation.site(organisation.program(episode.program()).site()).timeZone();
        return ZoneId.of(zone);
    }

    /** The template's sections for the session's type, or for the kind's usual type when there is no session. */
    Map<String, IndividualNoteStore.SectionTemplate> template(NoteKind kind, NoteLayout layout,
            @Nullable SessionView session) {
        Optional<UUID> type = session == null ? store.defaultSessionType(kind.sessionCategory())
                : sessionTypes.all().stream().filter(t -> t.code().equals(session.typeCode())).map(SessionType::id)
                        .findFirst();
        return type.map(t -> store.template(t, layout)).orElse(Map.of());
    }

    NoteContext context(ClientId client, EpisodeView episode, NoteKind kind, NoteLayout layout,
            @Nullable SessionView session) {
        ClientSummary summary = clients.find(client).orElseThrow();
        Map<String, IndividualNoteStore.SectionTemplate> template = template(kind, layout, session);
        Map<String, String> prompts = new LinkedHashMap<>();
        layout.sections().forEach(s -> prompts.put(s, template.containsKey(s) ? template.get(s).prompt() : ""));
        return new NoteContext(client, summary.displayName(), summary.recordNumber(), episode.id(),
                episode.programName(), kind, layout, prompts, objectives.active(episode.id()), session,
                part2(episode), zone(episode, session));
    }

    /** Whether the objective is one of the client's own, and (unless the draft already names it) still active. */
    boolean objectiveOfClient(ClientId client, UUID objective, @Nullable UUID alreadyNamed) {
        return objectives.ofClient(client, objective).filter(o -> o.active() || objective.equals(alreadyNamed))
                .isPresent();
    }
}
