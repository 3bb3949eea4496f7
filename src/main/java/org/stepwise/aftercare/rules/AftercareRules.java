package org.stepwise.aftercare.rules;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.aftercare.AftercareContent;
import org.stepwise.aftercare.ReferralKind;
import org.stepwise.aftercare.ReferralStatus;

/**
 * Reads an aftercare plan from a form (or a JSON body turned into the same fields) and says what is wrong with it, field
 * by field. Field names: {@code nextLevel}, {@code providerName}, {@code providerPhone}, {@code providerAddress},
 * {@code firstAppointment} (yyyy-mm-ddThh:mm), {@code groups[i].name|when|where}, {@code alumniGroup},
 * {@code alumniDay} (MONDAY…), {@code alumniTime} (hh:mm), {@code prescriber}, {@code medicationsContinued},
 * {@code refillPlan}, {@code referrals[i].kind|agency|contact|status}, {@code crisisNotes}. Plain Java.
 */
public final class AftercareRules {

    /** The levels of care in the continuum's numbering: the same codes as a discharge's level. */
    public static final List<String> LEVELS = org.stepwise.episodes.CareLevels.CODES;

    /** Rows the form offers for support groups and for referrals; the API may send as many. */
    public static final int MAX_GROUPS = 6;
    public static final int MAX_REFERRALS = 6;

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,30}");

    private AftercareRules() {}

    /** The content when the form is right (errors empty), else null and a message per field in error. */
    public record Read(@Nullable AftercareContent content, Map<String, String> errors) {}

    public static Read read(Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Texts t = new Texts(form, errors);
        String level = t.line("nextLevel", 10);
        if (level != null && !LEVELS.contains(level)) {
            errors.put("nextLevel", "Choose a level of care from " + String.join(", ", LEVELS) + ".");
        }
        String provider = t.line("providerName", 200);
        String phone = t.line("providerPhone", 30);
        if (phone != null && !errors.containsKey("providerPhone") && !PHONE.matcher(phone).matches()) {
            errors.put("providerPhone", "Enter a phone number: digits, spaces, + ( ) - . only.");
        }
        String address = t.text("providerAddress", 300);
        LocalDateTime appointment = null;
        String typed = t.line("firstAppointment", 20);
        if (typed != null) {
            try {
                appointment = LocalDateTime.parse(typed.replace(' ', 'T'));
            } catch (DateTimeParseException e) {
                errors.put("firstAppointment", "Enter the first appointment as a date and time (yyyy-mm-ddThh:mm).");
            }
        }
        if (provider == null && (phone != null || address != null || appointment != null)) {
            errors.putIfAbsent("providerName", "Name the provider the phone number, address or appointment is with.");
        }
        List<AftercareContent.SupportGroup> groups = new ArrayList<>();
        for (int i = 0; i < rows(form, "groups"); i++) {
            String p = "groups[" + i + "].";
            String name = t.line(p + "name", 200);
            String when = t.line(p + "when", 120);
            String where = t.line(p + "where", 200);
            if (name == null && (when != null || where != null)) {
                errors.putIfAbsent(p + "name", "Name the group (for example SMART Recovery, a 12-step meeting).");
            } else if (name != null) {
                groups.add(new AftercareContent.SupportGroup(name, when, where));
            }
        }
        String alumni = t.line("alumniGroup", 200);
        DayOfWeek day = parse(DayOfWeek.class, t.line("alumniDay", 10), "alumniDay", errors);
        LocalTime time = null;
        String alumniTime = t.line("alumniTime", 8);
        if (alumniTime != null) {
            try {
                time = LocalTime.parse(alumniTime);
            } catch (DateTimeParseException e) {
                errors.put("alumniTime", "Enter the time as hh:mm.");
            }
        }
        if (alumni == null && (day != null || time != null)) {
            errors.putIfAbsent("alumniGroup", "Name the alumni group the day and time are for.");
        }
        String prescriber = t.line("prescriber", 200);
        String medications = t.text("medicationsContinued", 2000);
        String refill = t.text("refillPlan", 1000);
        List<AftercareContent.Referral> referrals = new ArrayList<>();
        for (int i = 0; i < rows(form, "referrals"); i++) {
            String p = "referrals[" + i + "].";
            String kindText = t.line(p + "kind", 20);
            String agency = t.line(p + "agency", 200);
            String contact = t.line(p + "contact", 200);
            String statusText = t.line(p + "status", 20);
            if (blank(form.get(p + "agency")) && blank(form.get(p + "contact"))) {
                continue; // an unused row, whatever its selects say
            }
            ReferralKind kind = parse(ReferralKind.class, kindText, p + "kind", errors);
            ReferralStatus status = parse(ReferralStatus.class, statusText, p + "status", errors);
            if (kindText == null) {
                errors.putIfAbsent(p + "kind", "Say what the referral is for: vocational, educational, housing or other.");
            }
            if (agency == null) {
                errors.putIfAbsent(p + "agency", "Name the agency or service referred to.");
            }
            if (kind != null && agency != null) {
                referrals.add(new AftercareContent.Referral(kind, agency, contact,
                        status == null ? ReferralStatus.PLANNED : status));
            }
        }
        String crisis = t.text("crisisNotes", 2000);
        if (!errors.isEmpty()) {
            return new Read(null, errors);
        }
        AftercareContent content = new AftercareContent(level, provider, phone, address, appointment, groups, alumni,
                day, time, prescriber, medications, refill, referrals, crisis, null, null);
        if (isEmpty(content)) {
            return new Read(null, Map.of("form", "Write at least one part of the aftercare plan before saving."));
        }
        return new Read(content, Map.of());
    }

    /** The form's fields for a saved content, to edit it again. */
    public static Map<String, String> form(AftercareContent c) {
        Map<String, String> form = new LinkedHashMap<>();
        put(form, "nextLevel", c.nextLevel());
        put(form, "providerName", c.providerName());
        put(form, "providerPhone", c.providerPhone());
        put(form, "providerAddress", c.providerAddress());
        put(form, "firstAppointment", c.firstAppointment() == null ? null : c.firstAppointment().toString());
        for (int i = 0; i < c.supportGroups().size(); i++) {
            AftercareContent.SupportGroup g = c.supportGroups().get(i);
            put(form, "groups[" + i + "].name", g.name());
            put(form, "groups[" + i + "].when", g.when());
            put(form, "groups[" + i + "].where", g.where());
        }
        put(form, "alumniGroup", c.alumniGroup());
        put(form, "alumniDay", c.alumniDay() == null ? null : c.alumniDay().name());
        put(form, "alumniTime", c.alumniTime() == null ? null : c.alumniTime().toString());
        put(form, "prescriber", c.prescriber());
        put(form, "medicationsContinued", c.medicationsContinued());
        put(form, "refillPlan", c.refillPlan());
        for (int i = 0; i < c.referrals().size(); i++) {
            AftercareContent.Referral r = c.referrals().get(i);
            put(form, "referrals[" + i + "].kind", r.kind().name());
            put(form, "referrals[" + i + "].agency", r.agency());
            put(form, "referrals[" + i + "].contact", r.contact());
            put(form, "referrals[" + i + "].status", r.status().name());
        }
        put(form, "crisisNotes", c.crisisNotes());
        return form;
    }

    private static boolean isEmpty(AftercareContent c) {
        return c.nextLevel() == null && c.providerName() == null && c.supportGroups().isEmpty()
                && c.alumniGroup() == null && !c.hasMedication() && c.referrals().isEmpty() && c.crisisNotes() == null;
    }

    /** How many rows of a list the form holds: the highest index sent plus one, at least the form's rows. */
    private static int rows(Map<String, String> form, String list) {
        int max = -1;
        for (String key : form.keySet()) {
            if (key.startsWith(list + "[")) {
                int end = key.indexOf(']');
                try {
                    max = Math.max(max, Integer.parseInt(key.substring(list.length() + 1, end)));
                } catch (RuntimeException e) {
                    // not one of ours: ignored
                }
            }
        }
        return Math.min(max + 1, 50);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, String field,
            Map<String, String> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).toList()) + ".");
            return null;
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static void put(Map<String, String> form, String key, @Nullable String value) {
        if (value != null) {
            form.put(key, value);
        }
    }

    /** Plain text fields: stripped, empty is null, no markup or control characters, a length limit. */
    private record Texts(Map<String, String> form, Map<String, String> errors) {

        @Nullable String line(String field, int max) {
            String value = text(field, max);
            if (value != null && value.contains("\n")) {
                errors.put(field, "Write this on one line.");
                return null;
            }
            return value;
        }

        @Nullable String text(String field, int max) {
            String raw = form.get(field);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String value = raw.replace("\r\n", "\n").strip();
            if (value.length() > max) {
                errors.put(field, "Write at most " + max + " characters here.");
                return null;
            }
            if (TAG.matcher(value).find() || CONTROL.matcher(value).find()) {
                errors.put(field, "Write plain text, without markup or control characters.");
                return null;
            }
            return value;
        }
    }
}
