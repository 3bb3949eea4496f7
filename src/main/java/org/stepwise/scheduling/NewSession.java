package org.stepwise.scheduling;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.StaffId;
import org.stepwise.shared.TrackId;

/**
 * A session to put on the schedule, at a local date and time of its site.
 *
 * @param typeCode a session type code such as GROUP_THERAPY or INDIVIDUAL
 * @param cap empty: the type's cap, never more than the room holds
 * @param modality empty: in person unless the type is telehealth only
 */
public record NewSession(String typeCode, SiteId site, @Nullable TrackId track, @Nullable UUID block,
        @Nullable RoomId room, StaffId facilitator, String title, LocalDateTime localStart, @Nullable Integer cap,
        @Nullable Modality modality) {

    public NewSession {
        Objects.requireNonNull(typeCode, "type");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(facilitator, "facilitator");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(localStart, "start");
    }
}
