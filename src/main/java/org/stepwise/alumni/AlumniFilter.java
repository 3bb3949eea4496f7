package org.stepwise.alumni;

import org.jspecify.annotations.Nullable;
import org.stepwise.shared.ProgramId;

/**
 * Which alumni to list.
 *
 * @param program one program, or null for every program
 * @param activeOnly true: only those still active; false: those who left too
 */
public record AlumniFilter(@Nullable ProgramId program, boolean activeOnly) {}
