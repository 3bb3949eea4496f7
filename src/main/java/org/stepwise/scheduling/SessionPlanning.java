package org.stepwise.scheduling;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.scheduling.internal.SessionWriter;
import org.stepwise.shared.InvalidRequestException;

/** Putting sessions on the schedule one by one (template generation and one-off sessions both come through here). */
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
        var type = writer.type(session.typeCode())
                .orElseThrow(() -> InvalidRequestException.forField("type", "Unknown session type " + session.typeCode() + "."));
        ZoneId zone = ZoneId.of(writer.timezone(session.site().value())
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
