package org.stepwise.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a site across modules; modules refer to other modules' aggregates only by id. */
public record SiteId(UUID value) implements java.io.Serializable {

    public SiteId {
        Objects.requireNonNull(value, "site id");
    }

    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    public static SiteId of(String text) {
        return new SiteId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
