package org.stepwise.attendance;

import java.util.Objects;
import java.util.UUID;

/** Identifies one attendance alert. */
public record AttendanceAlertId(UUID value) implements java.io.Serializable {

    public AttendanceAlertId {
        Objects.requireNonNull(value, "attendance alert id");
    }

    public static AttendanceAlertId random() {
        return new AttendanceAlertId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
