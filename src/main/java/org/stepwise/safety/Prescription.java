package org.stepwise.safety;

import java.time.Instant;
import java.util.UUID;

/**
 * A substance the client is prescribed that a drug screen would show, as the clinician keeps it for the episode.
 *
 * @param substance the panel's code for it ({@code buprenorphine}, {@code methadone}, {@code benzodiazepines})
 * @param medication what is prescribed, as written ("Buprenorphine/naloxone 8 mg daily")
 */
public record Prescription(UUID id, String substance, String medication, String addedByName, Instant addedAt) {}
