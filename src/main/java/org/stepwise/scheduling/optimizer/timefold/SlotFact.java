package org.stepwise.scheduling.optimizer.timefold;

import org.stepwise.scheduling.optimizer.AppointmentSlot;

/** An offered appointment time, with its staff member and its times as minutes of the week. */
public final class SlotFact {

    private final AppointmentSlot slot;
    private final StaffFact staff;
    private final int start;
    private final int end;

    public SlotFact(AppointmentSlot slot, StaffFact staff) {
        this.slot = slot;
        this.staff = staff;
        this.start = slot.time().startMinuteOfWeek();
        this.end = slot.time().endMinuteOfWeek();
    }

    public AppointmentSlot slot() {
        return slot;
    }

    public StaffFact staff() {
        return staff;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public java.time.DayOfWeek day() {
        return slot.time().day();
    }

    public int minutes() {
        return end - start;
    }

    @Override
    public String toString() {
        return slot.time().label() + " " + staff;
    }
}
