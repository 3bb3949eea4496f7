package org.stepwise.consents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.stepwise.shared.InvalidRequestException;

/** A checked disclosure: who, why, what, on which day, and which law protects the records. */
public record DisclosureRequest(DisclosureRecipient recipient, DisclosurePurpose purpose,
        Set<InformationCategory> categories, LocalDate on, RecordProtection protection) {

    public DisclosureRequest {
        categories = Set.copyOf(categories);
    }

    /**
     * Reads a submitted disclosure.
     *
     * @throws InvalidRequestException naming each missing or invalid field
     */
    public static DisclosureRequest of(NewDisclosure d, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = null;
        if (d.recipientName() == null || d.recipientName().isBlank()) {
            errors.put("recipientName", "Name the recipient (a person or an organisation).");
        } else {
            name = d.recipientName().strip().replaceAll("\\s+", " ");
            String problem = ConsentRules.plainTextProblem(name, ConsentRules.MAX_NAME, "The recipient's name");
            if (problem != null) {
                errors.put("recipientName", problem);
            }
        }
        RecipientClass recipientClass = null;
        if (d.recipientClass() != null && !d.recipientClass().isBlank()) {
            recipientClass = parse(RecipientClass.class, d.recipientClass(), "recipientClass", errors);
        }
        DisclosurePurpose purpose = d.purpose() == null || d.purpose().isBlank() ? null
                : parse(DisclosurePurpose.class, d.purpose(), "purpose", errors);
        if (purpose == null) {
            errors.putIfAbsent("purpose", "Choose the purpose of the disclosure: one of "
                    + String.join(", ", java.util.Arrays.stream(DisclosurePurpose.values()).map(Enum::name).toList()) + ".");
        }
        Set<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
        if (d.categories() != null) {
            for (String c : d.categories()) {
                if (c != null && !c.isBlank()) {
                    InformationCategory category = parse(InformationCategory.class, c, "categories", errors);
                    if (category != null) {
                        categories.add(category);
                    }
                }
            }
        }
        if (categories.isEmpty()) {
            errors.putIfAbsent("categories", "Say what information would be disclosed: at least one category.");
        }
        LocalDate on = today;
        if (d.on() != null && !d.on().isBlank()) {
            try {
                on = LocalDate.parse(d.on().strip());
            } catch (DateTimeParseException e) {
                errors.put("on", "Enter the date as yyyy-mm-dd.");
            }
        }
        RecordProtection protection = RecordProtection.PART2;
        if (d.protection() != null && !d.protection().isBlank()) {
            RecordProtection parsed = parse(RecordProtection.class, d.protection(), "protection", errors);
            protection = parsed == null ? protection : parsed;
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The disclosure is not complete: " + String.join("; ", errors.values()),
                    errors);
        }
        return new DisclosureRequest(new DisclosureRecipient(name, recipientClass), purpose, categories, on, protection);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String value, String field,
            Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "Unknown value for " + field + ": use one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ".");
            return null;
        }
    }
}
