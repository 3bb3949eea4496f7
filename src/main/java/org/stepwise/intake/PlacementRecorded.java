package org.stepwise.intake;

import java.time.LocalDate;
import org.stepwise.shared.ClientId;

/**
 * A clinician recorded a level-of-care placement for a client. Published in the transaction that stores it, kept in the
 * event publication registry; listeners (admission, signals, reporting) take it from there.
 */
public record PlacementRecorded(
        PlacementId placement,
        ClientId client,
        PlacementFramework framework,
        LevelOfCare indicatedLevel,
        LevelOfCare providedLevel,
        LocalDate assessedOn,
        LocalDate reassessOn) {}
