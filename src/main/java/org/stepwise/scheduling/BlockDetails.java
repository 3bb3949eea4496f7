package org.stepwise.scheduling;

import java.time.LocalTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A template block as a planner enters it, before it is checked.
 *
 * @param weekday ISO day number, 1 = Monday
 * @param room empty only for a telehealth-only session type
 * @param cap empty: the session type's cap (never more than the room seats)
 */
public record BlockDetails(@Nullable Integer weekday, @Nullable LocalTime startsAt, @Nullable UUID type,
        @Nullable UUID room, @Nullable UUID facilitator, @Nullable Integer cap, boolean rotatesTopic) {

    public static BlockDetails of(TemplateBlock block) {
        return new BlockDetails(block.weekday().getValue(), block.startsAt(), block.typeId(),
                block.room() == null ? null : block.room().value(), block.facilitator().value(), block.cap(),
                block.rotatesTopic());
    }
}
