package org.stepwise.clients;

import java.util.UUID;

/** Someone in a client's support network (family, partner, sponsor), as other modules name them. */
public record SupportNetworkMember(UUID id, String name, String relationship) {}
