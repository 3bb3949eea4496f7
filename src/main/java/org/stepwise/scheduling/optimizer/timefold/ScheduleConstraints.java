package org.stepwise.scheduling.optimizer.timefold;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.time.DayOfWeek;

/**
 * The rules of the week as three score levels.
 *
 * <p><b>Hard</b> (never broken in a published plan; {@code ScheduleRules} checks the same in plain Java): session
 * capacity, a client in two things at once, a staff member in two appointments at once, staff weekly minutes and
 * caseload, a client above maximum hours. Track, availability, offered kind and "not while facilitating" need no
 * constraint: the value ranges only hold what fits.
 *
 * <p><b>Medium</b> (what the program is for): every hour a client is short of their minimum, in hundredths of an hour,
 * and every due appointment left unbooked, weighted like a missing hour.
 *
 * <p><b>Soft</b> (how good the week feels): keep clients in last week's groups, with the staff they prefer, spread over
 * their days rather than stacked into one, and no more hours than their minimum (extra hours take seats others need).
 */
public final class ScheduleConstraints implements ConstraintProvider {

    /** Medium weight of an unbooked appointment: as much as an hour short, so neither is traded for the other cheaply. */
    static final int UNBOOKED_APPOINTMENT = 100;
    /** Soft reward for each seat in a series the client sat in last week. */
    static final int SAME_GROUP_AS_LAST_WEEK = 20;
    /** Soft reward for an appointment with a staff member the client prefers. */
    static final int PREFERRED_STAFF = 10;
    /** Soft reward for a group facilitated by a staff member the client prefers (smaller: the group matters more). */
    static final int PREFERRED_FACILITATOR = 3;
    /**
     * Soft penalty per booking-per-day squared: 3 + 3 + 3 costs 27, 4 + 4 + 1 costs 33, so a client's week spreads over
     * their days. Small next to continuity, so a client is not moved out of last week's group to spread.
     */
    static final int STACKED_DAY = 2;
    /** Soft penalty per hour above the client's minimum: more than continuity, so no one takes a seat just to stay. */
    static final int HOUR_ABOVE_MINIMUM = 30;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            sessionOverCapacity(factory),
            clientInOverlappingGroups(factory),
            clientInGroupDuringAppointment(factory),
            clientInOverlappingAppointments(factory),
            staffInOverlappingAppointments(factory),
            staffOverWeeklyMinutes(factory),
            staffOverCaseload(factory),
            clientAboveMaximumHours(factory),
            clientBelowMinimumHours(factory),
            appointmentNotBooked(factory),
            sameGroupAsLastWeek(factory),
            preferredStaff(factory),
            preferredFacilitator(factory),
            stackedDays(factory),
            hoursAboveMinimum(factory)
        };
    }

    Constraint sessionOverCapacity(ConstraintFactory factory) {
        return seats(factory)
                .groupBy(SeatAssignment::session, count())
                .filter((session, seated) -> seated > session.seats())
                .penalize(HardMediumSoftScore.ONE_HARD, (session, seated) -> seated - session.seats())
                .asConstraint("Session over capacity");
    }

    Constraint clientInOverlappingGroups(ConstraintFactory factory) {
        return seats(factory)
                .join(seats(factory), equal(SeatAssignment::getClient),
                        overlapping(seat -> seat.session().start(), seat -> seat.session().end()),
                        lessThan(SeatAssignment::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Client in overlapping groups");
    }

    Constraint clientInGroupDuringAppointment(ConstraintFactory factory) {
        return seats(factory)
                .join(appointments(factory),
                        equal(SeatAssignment::getClient, AppointmentAssignment::getClient),
                        overlapping(seat -> seat.session().start(), seat -> seat.session().end(),
                                appointment -> appointment.slot().start(), appointment -> appointment.slot().end()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Client in a group during an appointment");
    }

    Constraint clientInOverlappingAppointments(ConstraintFactory factory) {
        return appointments(factory)
                .join(appointments(factory), equal(AppointmentAssignment::getClient),
                        overlapping(appointment -> appointment.slot().start(), appointment -> appointment.slot().end()),
                        lessThan(AppointmentAssignment::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Client in overlapping appointments");
    }

    /** Also catches two clients in one offered time: same staff, same minutes. */
    Constraint staffInOverlappingAppointments(ConstraintFactory factory) {
        return appointments(factory)
                .join(appointments(factory), equal(appointment -> appointment.slot().staff()),
                        overlapping(appointment -> appointment.slot().start(), appointment -> appointment.slot().end()),
                        lessThan(AppointmentAssignment::getId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Staff in overlapping appointments");
    }

    Constraint staffOverWeeklyMinutes(ConstraintFactory factory) {
        return appointments(factory)
                .groupBy(appointment -> appointment.slot().staff(), sum(appointment -> appointment.slot().minutes()))
                .filter((staff, minutes) -> minutes > staff.appointmentMinutesAvailable())
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (staff, minutes) -> minutes - staff.appointmentMinutesAvailable())
                .asConstraint("Staff over weekly minutes");
    }

    Constraint staffOverCaseload(ConstraintFactory factory) {
        return appointments(factory)
                .groupBy(appointment -> appointment.slot().staff(), countDistinct(AppointmentAssignment::getClient))
                .filter((staff, clients) -> clients > staff.maxClients())
                .penalize(HardMediumSoftScore.ONE_HARD, (staff, clients) -> clients - staff.maxClients())
                .asConstraint("Staff over caseload");
    }

    Constraint clientAboveMaximumHours(ConstraintFactory factory) {
        return hoursOfClients(factory)
                .filter((client, hours) -> hours > client.maxCentiHours())
                .penalize(HardMediumSoftScore.ONE_HARD, (client, hours) -> hours - client.maxCentiHours())
                .asConstraint("Client above maximum hours");
    }

    Constraint clientBelowMinimumHours(ConstraintFactory factory) {
        return hoursOfClients(factory)
                .complement(ClientFact.class, client -> 0L)
                .filter((client, hours) -> hours < client.minCentiHours())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (client, hours) -> client.minCentiHours() - hours)
                .asConstraint("Client below minimum hours");
    }

    Constraint appointmentNotBooked(ConstraintFactory factory) {
        return factory.forEach(AppointmentAssignment.class)
                .filter(appointment -> !appointment.isBooked())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, appointment -> UNBOOKED_APPOINTMENT)
                .asConstraint("Appointment not booked");
    }

    Constraint sameGroupAsLastWeek(ConstraintFactory factory) {
        return seats(factory)
                .filter(seat -> seat.getClient().satLastWeekIn(seat.session().seriesId()))
                .reward(HardMediumSoftScore.ONE_SOFT, seat -> SAME_GROUP_AS_LAST_WEEK)
                .asConstraint("Same group as last week");
    }

    Constraint preferredStaff(ConstraintFactory factory) {
        return appointments(factory)
                .filter(appointment -> appointment.getClient().prefers(appointment.slot().staff().id()))
                .reward(HardMediumSoftScore.ONE_SOFT, appointment -> PREFERRED_STAFF)
                .asConstraint("Preferred staff");
    }

    Constraint preferredFacilitator(ConstraintFactory factory) {
        return seats(factory)
                .filter(seat -> seat.getClient().prefers(seat.session().facilitatorId()))
                .reward(HardMediumSoftScore.ONE_SOFT, seat -> PREFERRED_FACILITATOR)
                .asConstraint("Preferred facilitator");
    }

    Constraint stackedDays(ConstraintFactory factory) {
        BiConstraintStream<ClientFact, DayOfWeek> days = seats(factory)
                .map(SeatAssignment::getClient, seat -> seat.session().day())
                .concat(appointments(factory)
                        .map(AppointmentAssignment::getClient, appointment -> appointment.slot().day()));
        return days.groupBy((client, day) -> client, (client, day) -> day, countBi())
                .penalize(HardMediumSoftScore.ONE_SOFT, (client, day, bookings) -> STACKED_DAY * bookings * bookings)
                .asConstraint("Stacked days");
    }

    Constraint hoursAboveMinimum(ConstraintFactory factory) {
        return hoursOfClients(factory)
                .filter((client, hours) -> hours > client.minCentiHours())
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (client, hours) -> (hours - client.minCentiHours()) * HOUR_ABOVE_MINIMUM / 100)
                .asConstraint("Hours above minimum");
    }

    /** Seats holding a real session: the only ones most rules look at. */
    private static UniConstraintStream<SeatAssignment> seats(ConstraintFactory factory) {
        return factory.forEach(SeatAssignment.class).filter(SeatAssignment::isBooked);
    }

    /** Appointments holding a real offered time. */
    private static UniConstraintStream<AppointmentAssignment> appointments(ConstraintFactory factory) {
        return factory.forEach(AppointmentAssignment.class).filter(AppointmentAssignment::isBooked);
    }

    /** Each client with anything booked and their hours in hundredths: groups and appointments together. */
    private static BiConstraintStream<ClientFact, Long> hoursOfClients(ConstraintFactory factory) {
        return seats(factory)
                .map(SeatAssignment::getClient, seat -> seat.session().centiHours())
                .concat(appointments(factory)
                        .map(AppointmentAssignment::getClient, AppointmentAssignment::getCentiHours))
                .groupBy((client, hours) -> client, sum((client, hours) -> hours));
    }
}
