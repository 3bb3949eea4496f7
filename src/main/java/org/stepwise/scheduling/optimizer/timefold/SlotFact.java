package org.stepwise.scheduling.optimizer.timefold;

import org.jspecify.annotations.Nullable;
import org.stepwise.scheduling.optimizer.AppointmentSlot;

/**
 * An offered appointment time, with its staff member and its times as minutes of the week. {@link #none()} is "not
 * booked", the last value of every appointment's range (see {@link SessionFact#none()} for why).
 */
public final class SlotFact {

    private final @Nullable AppointmentSlot slot;
    private final @Nullable StaffFact staff;
    private final int start;
    private final int end;

    public SlotFact(AppointmentSlot slot, StaffFact staff) {
        this.slot = slot;
        this.staff = staff;
        this.start = slot.time().startMinuteOfWeek();
        this.end = slot.time().endMinuteOfWeek();
    }

    private SlotFact() {
        this.slot = null;
        this.staff = null;
        this.start = -1;
        this.end = -1;
    }

    /** A new "not booked" value; one per solution, shared by all its appointments. */
    public static SlotFact none() {
        return new SlotFact();
    }

    public boolean isNone() {
        return slot == null;
    }

    public AppointmentSlot slot() {
        AppointmentSlot real = slot;
        if (real == null) {
            throw new IllegalStateException("not booked");
        }
        return real;
    }

    public StaffFact staff() {
        StaffFact real = staff;
        if (real == null) {
            throw new IllegalStateException("not booked");
        }
        return real;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public java.time.DayOfWeek day() {
        return slot().time().day();
    }

    public int minutes() {
        return end - start;
    }

    @Override
    public String toString() {
        return slot == null ? "not booked" : slot.time().label() + " " + staff;
    }
}
