package org.stepwise.clients.internal;

import org.jspecify.annotations.Nullable;

/** A member of the support network as entered, before any check. */
public record SupportPersonDraft(@Nullable String name, @Nullable String relationship, @Nullable String phone,
        @Nullable String email, boolean mayContact, @Nullable String notes) {}
