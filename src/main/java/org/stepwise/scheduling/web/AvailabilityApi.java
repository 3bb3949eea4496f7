package org.stepwise.scheduling.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.stepwise.episodes.EpisodeId;
import org.stepwise.scheduling.Availabilities;
import org.stepwise.scheduling.Availability;
import org.stepwise.scheduling.AvailabilityDetails;
import org.stepwise.scheduling.DayPart;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.StaffId;

/** A client's availability for an episode, for integrations (docs/api/schedule.md). */
@RestController
class AvailabilityApi {

    private final Availabilities availabilities;

    AvailabilityApi(Availabilities availabilities) {
        this.availabilities = availabilities;
    }

    record BlockedJson(@Nullable Integer weekday, @Nullable String from, @Nullable String to, @Nullable String reason) {}

    record AvailabilityJson(String episodeId, String clientId, List<Integer> weekdays, String dayPart,
            List<BlockedJson> blocked, @Nullable Integer individualEveryWeeks, @Nullable Integer familyEveryWeeks,
            @Nullable Integer medicationEveryWeeks, List<String> preferredStaff, Instant updatedAt, String updatedBy,
            int version) {}

    /** The body of a PUT; {@code version} is left out for the first record of an episode. */
    record AvailabilityBody(@Nullable List<@Nullable Integer> weekdays, @Nullable String dayPart,
            @Nullable List<@Nullable BlockedJson> blocked, @Nullable Integer individualEveryWeeks,
            @Nullable Integer familyEveryWeeks, @Nullable Integer medicationEveryWeeks,
            @Nullable List<@Nullable UUID> preferredStaff, @Nullable Integer version) {}

    @GetMapping("/api/v1/episodes/{id}/availability")
    @PreAuthorize("hasAuthority('SCHEDULE_VIEW')")
    AvailabilityJson get(@PathVariable UUID id) {
        return json(availabilities.view(new EpisodeId(id)).orElseThrow(() -> new NotFoundException(
                "No availability is recorded for this episode yet: the client can come any time.")));
    }

    @PutMapping("/api/v1/episodes/{id}/availability")
    @PreAuthorize("hasAuthority('SCHEDULE_MANAGE')")
    AvailabilityJson put(@PathVariable UUID id, @RequestBody AvailabilityBody body) {
        return json(availabilities.save(new EpisodeId(id), body.version(), details(body)));
    }

    private static AvailabilityDetails details(AvailabilityBody body) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (Integer day : body.weekdays() == null ? List.<Integer>of() : body.weekdays()) {
            if (day == null || day < 1 || day > 7) {
                errors.putIfAbsent("weekdays", "Weekdays are ISO day numbers, 1 (Monday) to 7 (Sunday).");
            } else {
                days.add(DayOfWeek.of(day));
            }
        }
        DayPart part = null;
        if (body.dayPart() != null) {
            try {
                part = DayPart.valueOf(body.dayPart().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.put("dayPart", "dayPart is DAY, EVENING or ANY.");
            }
        }
        List<Availability.BlockedTime> blocked = new ArrayList<>();
        List<BlockedJson> rows = body.blocked() == null ? List.of() : body.blocked();
        for (int i = 0; i < rows.size(); i++) {
            BlockedJson row = rows.get(i);
            String field = "blocked[" + i + "]";
            if (row == null || row.weekday() == null || row.weekday() < 1 || row.weekday() > 7) {
                errors.putIfAbsent(field, "Each blocked time has a weekday from 1 (Monday) to 7 (Sunday).");
                continue;
            }
            LocalTime from = Times.time(row.from(), field, errors).orElse(null);
            LocalTime to = Times.time(row.to(), field, errors).orElse(null);
            if (from == null || to == null) {
                errors.putIfAbsent(field, "Each blocked time has from and to as hh:mm.");
                continue;
            }
            blocked.add(new Availability.BlockedTime(DayOfWeek.of(row.weekday()), from, to,
                    row.reason() == null ? "" : row.reason()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", errors.values()), errors);
        }
        List<StaffId> staff = body.preferredStaff() == null ? List.of()
                : body.preferredStaff().stream().filter(java.util.Objects::nonNull).map(StaffId::new).toList();
        return new AvailabilityDetails(days, part, blocked, body.individualEveryWeeks(), body.familyEveryWeeks(),
                body.medicationEveryWeeks(), staff);
    }

    private static AvailabilityJson json(Availability a) {
        return new AvailabilityJson(a.episode().toString(), a.client().toString(),
                a.weekdays().stream().map(DayOfWeek::getValue).sorted().toList(), a.dayPart().name(),
                a.blocked().stream().map(b -> new BlockedJson(b.weekday().getValue(), b.from().toString(),
                        b.to().toString(), b.reason())).toList(),
                a.individualEveryWeeks(), a.familyEveryWeeks(), a.medicationEveryWeeks(),
                a.preferredStaff().stream().map(StaffId::toString).toList(), a.updatedAt(), a.updatedBy(), a.version());
    }
}
