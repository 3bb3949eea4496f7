package org.stepwise.measures;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.measures.due.DiagnosisFilter;
import org.stepwise.measures.internal.InstrumentCatalogue;
import org.stepwise.measures.internal.ScheduleStore;
import org.stepwise.security.CurrentUser;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Track;

/**
 * The programs' measure schedules, as a program director keeps them. Nothing here is client data, so nothing is
 * audited; who changed a schedule last and when is kept on the row.
 */
@Service
public class MeasureSchedules {

    private final ScheduleStore store;
    private final InstrumentCatalogue catalogue;
    private final Organisation organisation;
    private final CurrentUser currentUser;
    private final Clock clock;

    MeasureSchedules(ScheduleStore store, InstrumentCatalogue catalogue, Organisation organisation,
            CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MeasureSchedule> all() {
        return store.all();
    }

    /** The schedules in use, for the due lists. */
    @Transactional(readOnly = true)
    public List<MeasureSchedule> active() {
        return store.active();
    }

    /** @throws NotFoundException when there is no such schedule */
    @Transactional(readOnly = true)
    public MeasureSchedule get(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no such measure schedule."));
    }

    /**
     * Adds a schedule. Sending the same submission id again (a double click) returns the schedule stored the first
     * time and changes nothing.
     *
     * @throws InvalidRequestException naming each field to fix
     */
    @Transactional
    public MeasureSchedule add(UUID submission, MeasureScheduleDetails details) {
        var stored = store.find(submission);
        if (stored.isPresent()) {
            return stored.get();
        }
        MeasureSchedule schedule = checked(submission, details, 0);
        store.addIfNew(schedule, currentUser.require().username(), clock.instant());
        return store.find(submission).orElseThrow();
    }

    /**
     * Changes a schedule read at {@code version}.
     *
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException when someone changed it since it was read
     */
    @Transactional
    public MeasureSchedule update(UUID id, int version, MeasureScheduleDetails details) {
        MeasureSchedule current = get(id);
        MeasureSchedule changed = checked(id, details, version);
        if (current.version() != version || !store.update(changed, version, currentUser.require().username(),
                clock.instant())) {
            throw new ConflictException("Someone else changed this schedule while you were editing it; their version "
                    + "is shown. Make your change again on it.");
        }
        return get(id);
    }

    private MeasureSchedule checked(UUID id, MeasureScheduleDetails d, int version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.program() == null) {
            errors.put("program", "Choose the program.");
        } else {
            try {
                organisation.program(d.program());
            } catch (NotFoundException e) {
                errors.put("program", "Choose one of the programs listed.");
            }
        }
        if (d.track() != null) {
            try {
                Track track = organisation.track(d.track());
                if (d.program() != null && !track.program().equals(d.program())) {
                    errors.put("track", "Choose a track of this program, or every track.");
                }
            } catch (NotFoundException e) {
                errors.put("track", "Choose one of the tracks listed, or every track.");
            }
        }
        if (d.instrument() == null || d.instrument().isBlank()) {
            errors.put("instrument", "Choose the instrument.");
        } else if (catalogue.find(d.instrument()).isEmpty()) {
            errors.put("instrument", "Choose one of the instruments listed.");
        }
        if (d.timing() == null) {
            errors.put("timing", "Choose when it is given.");
        }
        DiagnosisFilter forWhom = DiagnosisFilter.everyone();
        if (d.diagnoses() != null) {
            if (d.diagnoses().length() > 400) {
                errors.put("diagnoses", "Give at most " + DiagnosisFilter.MAX_ENTRIES + " codes or ranges.");
            } else {
                try {
                    forWhom = DiagnosisFilter.parse(d.diagnoses());
                } catch (IllegalArgumentException e) {
                    errors.put("diagnoses", e.getMessage());
                }
            }
        }
        if (d.overdueAfterDays() == null) {
            errors.put("overdueAfterDays", "Give the number of days after which it is overdue (0 to 60).");
        } else if (d.overdueAfterDays() < 0 || d.overdueAfterDays() > 60) {
            errors.put("overdueAfterDays", "Overdue after 0 to 60 days.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The schedule has " + errors.size() + " field(s) to fix.", errors);
        }
        return new MeasureSchedule(id, d.program(), d.track(), d.instrument(), d.timing(), forWhom,
                d.overdueAfterDays(), d.active(), version);
    }
}
