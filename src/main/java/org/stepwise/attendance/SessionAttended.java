package org.stepwise.attendance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.SessionId;
import org.stepwise.shared.ClientId;

/**
 * Attendance of a client at a session was recorded, or corrected ({@code correction}). Published in the transaction
 * that saved it; an unchanged repeat publishes nothing.
 */
public record SessionAttended(UUID attendance, SessionId session, ClientId client, EpisodeId episode,
        AttendanceStatus status, int minutesAttended, BigDecimal attendedHours, boolean correction, String recordedBy,
        Instant recordedAt) {}
