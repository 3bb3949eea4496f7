package org.stepwise.scheduling;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a planner may change on a session type. The code and category stay as they are: other data refers to them.
 * {@link #problems} checks everything that needs no database, keyed by field.
 */
public record SessionTypeDetails(@Nullable String name, @Nullable Integer minutes, boolean countsTowardHours,
        @Nullable BigDecimal countedHours, @Nullable Modality modality, @Nullable String billingCode,
        @Nullable Integer cap, boolean active) {

    public static final int MAX_CAP = 40;
    private static final Pattern BILLING_CODE = Pattern.compile("[A-Z0-9]{4,6}");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");

    public SessionTypeDetails {
        name = name == null ? null : name.strip();
        // Stored in tenths: 1, 1.0 and 1.00 are the same answer (a finer value is left for problems() to refuse).
        if (countedHours != null && countedHours.stripTrailingZeros().scale() <= 1) {
            countedHours = countedHours.setScale(1, java.math.RoundingMode.UNNECESSARY);
        }
        billingCode = billingCode == null || billingCode.isBlank() ? null : billingCode.strip().toUpperCase(Locale.ROOT);
    }

    public static SessionTypeDetails of(SessionType type) {
        return new SessionTypeDetails(type.name(), type.minutes(), type.countsTowardHours(), type.countedHours(),
                type.modality(), type.billingCode(), type.cap(), type.active());
    }

    /** What is wrong, field by field, for a type of this category; empty when the details can be saved. */
    public Map<String, String> problems(SessionCategory category) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isEmpty()) {
            problems.put("name", "Name the session type (1 to 120 characters).");
        } else if (name.length() > 120) {
            problems.put("name", "The name is " + name.length() + " characters long; the limit is 120.");
        } else if (TAG.matcher(name).find()) {
            problems.put("name", "Write the name as plain text, without anything that looks like an HTML tag.");
        }
        if (minutes == null || minutes < 10 || minutes > 240) {
            problems.put("minutes", "A session lasts 10 to 240 minutes.");
        }
        if (countedHours == null || countedHours.signum() < 0 || countedHours.compareTo(new BigDecimal("4")) > 0
                || countedHours.stripTrailingZeros().scale() > 1) {
            problems.put("countedHours", "Counted hours are 0 to 4, in tenths (a 50-minute clinical hour counts 1).");
        } else if (countsTowardHours && countedHours.signum() == 0) {
            problems.put("countedHours", "A type that counts toward IOP hours counts more than 0 hours.");
        } else if (!countsTowardHours && countedHours.signum() != 0) {
            problems.put("countedHours", "A type that does not count toward IOP hours counts 0 hours.");
        }
        if (modality == null) {
            problems.put("modality", "Choose in person, telehealth or either.");
        }
        if (billingCode != null && !BILLING_CODE.matcher(billingCode).matches()) {
            problems.put("billingCode", "A billing code is 4 to 6 letters or digits, such as 90853; leave it empty until billing fills it.");
        }
        if (cap == null || cap < 1 || cap > MAX_CAP) {
            problems.put("cap", "The cap is 1 to " + MAX_CAP + " clients.");
        } else if (!category.isGroup() && cap != 1) {
            problems.put("cap", "Individual, family and medication-management sessions hold one client: the cap stays 1.");
        }
        return problems;
    }
}
