package org.stepwise.clients.internal;

import java.util.UUID;

/** A member of a client's support network, part of the client aggregate; edited one at a time, each with a version. */
public record SupportPerson(UUID id, int position, SupportPersonDetails details, int version) {}
