package org.stepwise.clients.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.stepwise.clients.ClientSearch;
import org.stepwise.shared.InvalidRequestException;

/**
 * How a {@link ClientSearch} is answered: what the free text means (a name, a record number, a phone number or a date
 * of birth) and which indexed conditions to combine. Plain Java, so the reading of a query is unit-tested.
 *
 * @param namePhrase the whole text as a name prefix ("van der" finds "van der Berg")
 * @param nameTokens two or more words, each a prefix of the family, given or preferred name, in any order
 * @param numberPrefix digits typed into the search box: a phone prefix, or (exactly) a record number
 * @param impossible the criteria contradict each other (two different dates of birth): nothing can match
 */
public record SearchPlan(@Nullable String namePhrase, List<String> nameTokens, @Nullable LocalDate dateOfBirth,
        @Nullable String recordNumber, @Nullable String phonePrefix, @Nullable String numberPrefix,
        @Nullable String numberAsRecord, boolean impossible) {

    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}$|^\\d{1,2}/\\d{1,2}/\\d{4}$");
    private static final Pattern NUMBER = Pattern.compile("^[0-9\\s().+\\-]*[0-9][0-9\\s().+\\-]*$");
    private static final int MAX_TOKENS = 4;

    public static SearchPlan of(ClientSearch search) {
        LocalDate dateOfBirth = search.dateOfBirth();
        String recordNumber = null;
        String phonePrefix = null;
        String namePhrase = null;
        List<String> tokens = List.of();
        String numberPrefix = null;
        String numberAsRecord = null;
        boolean impossible = false;

        if (search.recordNumber() != null) {
            recordNumber = RecordNumber.parse(search.recordNumber())
                    .orElseThrow(() -> InvalidRequestException.forField("recordNumber",
                            "Enter a record number like SW-001234."))
                    .value();
        }
        if (search.phone() != null) {
            phonePrefix = PhoneNumbers.searchPrefix(search.phone());
            if (phonePrefix.isEmpty()) {
                throw InvalidRequestException.forField("phone", "Enter the first digits of the phone number.");
            }
        }
        String text = search.text();
        if (text != null) {
            LocalDate typedDate = DATE.matcher(text).matches() ? ClientDetails.parseDate(text) : null;
            if (typedDate != null) {
                impossible = dateOfBirth != null && !dateOfBirth.equals(typedDate);
                dateOfBirth = typedDate;
            } else if (RecordNumber.hasPrefix(text) && RecordNumber.parse(text).isPresent()) {
                String typed = RecordNumber.parse(text).orElseThrow().value();
                impossible = recordNumber != null && !recordNumber.equals(typed);
                recordNumber = typed;
            } else if (NUMBER.matcher(text).matches()) {
                numberPrefix = PhoneNumbers.searchPrefix(text);
                numberAsRecord = RecordNumber.parse(PhoneNumbers.onlyDigits(text)).map(RecordNumber::value).orElse(null);
            } else {
                String words = text.replace(',', ' ').strip().replaceAll("\\s+", " ");
                namePhrase = words;
                List<String> split = Arrays.stream(words.split(" ")).distinct().limit(MAX_TOKENS).toList();
                tokens = split.size() > 1 ? split : List.of();
            }
        }
        return new SearchPlan(namePhrase, tokens, dateOfBirth, recordNumber, phonePrefix, numberPrefix, numberAsRecord,
                impossible);
    }
}
