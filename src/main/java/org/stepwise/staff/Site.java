package org.stepwise.staff;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.SiteId;

/** A place where the clinic runs programs. {@code version} guards against concurrent edits. */
public record Site(SiteId id, String name, @Nullable String address, String timeZone, String crisisLine, int version) {}
