package org.stepwise.alumni;

import org.stepwise.scheduling.SessionView;
import org.stepwise.shared.ProgramId;

/** An alumni group's dated session, with the program whose alumni it is for. */
public record AlumniSession(SessionView session, ProgramId program, String programName) {}
