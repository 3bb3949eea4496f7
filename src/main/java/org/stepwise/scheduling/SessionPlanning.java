package org.stepwise.scheduling;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.scheduling.internal.SessionWriter;
import org.stepwise.shared.InvalidRequestException;

/**
 * Putting sessions on the schedule (template generation, one-off sessions and an accepted plan's appointments all come
 * through here).
 */
@Service
public class SessionPlanning {

    private final SessionWriter writer;
    private final Clock clock;

    SessionPlanning(SessionWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Adds a session; its cap is the one asked for or the type's, and never more than the room holds.
     *
     * @throws InvalidRequestException unknown session type, site or room, or a cap beyond the room
     */
    @Transactional
    public SessionId create(NewSession session) {
        return create(session, writer::type, writer::timezone);
    }

    /**
     * Adds sessions as {@link #create} does, looking each session type and site up once for all of them (an accepted
     * plan's appointments).
     *
     * @throws InvalidRequestException as {@link #create}, for the first session that cannot be added
     */
    @Transactional
    public List<SessionId> createAll(List<NewSession> sessions) {
        Map<String, Optional<SessionWriter.TypeDefaults>> types = new HashMap<>();
        Map<UUID, Optional<String>> zones = new HashMap<>();
        return sessions.stream().map(session -> create(session, code -> types.computeIfAbsent(code, writer::type),
                site -> zones.computeIfAbsent(site, writer::timezone))).toList();
    }

    private SessionId create(NewSession session, Function<String, Optional<SessionWriter.TypeDefaults>> types,
            Function<UUID, Optional<String>> zones) {
        var type = types.apply(session.typeCode())
                .orElseThrow(() -> InvalidRequestException.forField("type", "Unknown session type " + session.typeCode() + "."));
        ZoneId zone = ZoneId.of(zones.apply(session.site().value())
                .orElseThrow(() -> InvalidRequestException.forField("site", "Unknown site.")));
        int cap = session.cap() != null ? session.cap() : type.cap();
        if (session.room() != null) {
            int room = writer.roomCapacity(session.room().value())
                    .orElseThrow(() -> InvalidRequestException.forField("room", "Unknown room."));
            if (session.cap() != null && session.cap() > room) {
                throw InvalidRequestException.forField("cap", "The room holds " + room + "; the cap cannot be " + cap + ".");
            }
            cap = Math.min(cap, room);
        }
        Modality modality = session.modality() != null && session.modality() != Modality.EITHER
                ? session.modality()
                : type.modality() == Modality.TELEHEALTH ? Modality.TELEHEALTH : Modality.IN_PERSON;
        return writer.insert(session, type, cap, modality, zone, clock.instant());
    }
}
