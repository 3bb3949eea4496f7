package org.stepwise.scheduling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.internal.CurriculumRotation;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.scheduling.internal.PlanningLock;
import org.stepwise.scheduling.internal.SessionChangeStore;
import org.stepwise.scheduling.internal.SessionTypeStore;
import org.stepwise.scheduling.internal.TemplateStore;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Track;

/**
 * Puts a week's sessions on the schedule from the tracks' active template blocks, through
 * {@link SessionPlanning#create}. A block gets at most one session a week: generating a week again adds only what is
 * missing (a block added since), and a session changed or cancelled since stays as it is. Rotating blocks are titled
 * with the track's curriculum ({@link CurriculumRotation}). A block whose session would break a rule (a deactivated
 * type or facilitator, a room too small since, a facilitator or room already taken then) is skipped and named.
 */
@Service
public class WeekGeneration {

    /**
     * What generating a week did.
     *
     * @param alreadyThere blocks that had their session already
     * @param skipped blocks left out, each with why
     */
    public record Result(IsoWeek week, int created, int alreadyThere, List<String> skipped) {

        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    private final TemplateStore templates;
    private final SessionTypeStore types;
    private final SessionChangeStore sessions;
    private final SessionPlanning planning;
    private final Organisation organisation;
    private final Facilitators facilitators;
    private final PlanningLock lock;
    private final AuditLog audit;
    private final Clock clock;

    WeekGeneration(TemplateStore templates, SessionTypeStore types, SessionChangeStore sessions,
            SessionPlanning planning, Organisation organisation, Facilitators facilitators, PlanningLock lock,
            AuditLog audit, Clock clock) {
        this.templates = templates;
        this.types = types;
        this.sessions = sessions;
        this.planning = planning;
        this.organisation = organisation;
        this.facilitators = facilitators;
        this.lock = lock;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Generates the week for one track, or (null) for every track.
     *
     * @throws InvalidRequestException for a week that is over
     * @throws org.stepwise.shared.NotFoundException for an unknown track
     */
    @Transactional
    public Result generate(IsoWeek week, @Nullable TrackId only) {
        List<Track> tracks = only != null ? List.of(organisation.track(only)) : organisation.overview().stream()
                .flatMap(site -> site.programs().stream()).flatMap(p -> p.tracks().stream()).toList();
        if (week.sunday().isBefore(LocalDate.now(clock))) {
            throw InvalidRequestException.forField("week", week + " is over; generate this week or a later one.");
        }
        lock.acquire();
        Set<UUID> done = sessions.blocksWithSessions(week);
        int created = 0;
        int already = 0;
        List<String> skipped = new ArrayList<>();
        for (Track track : tracks) {
            SiteId site = templates.siteOf(track.id()).orElseThrow();
            ZoneId zone = ZoneId.of(organisation.site(site).timeZone());
            List<TemplateBlock> blocks = templates.blocks(track.id()).stream().filter(TemplateBlock::active).toList();
            List<TemplateBlock> rotating = blocks.stream().filter(TemplateBlock::rotatesTopic).toList();
            List<String> topics = CurriculumRotation.topicsOfWeek(week, rotating.size(),
                    templates.topics(track.id()).stream().map(CurriculumTopic::title).toList());
            for (TemplateBlock block : blocks) {
                if (done.contains(block.id())) {
                    already++;
                    continue;
                }
                LocalDateTime start = week.day(block.weekday()).atTime(block.startsAt());
                Optional<String> problem = problem(block, start, zone);
                if (problem.isPresent()) {
                    skipped.add(describe(block, track) + ": " + problem.get());
                    continue;
                }
                int index = rotating.indexOf(block);
                String title = CurriculumRotation.title(block.typeName(), index < 0 ? null : topics.get(index));
                planning.create(new NewSession(block.typeCode(), site, track.id(), block.id(), block.room(),
                        block.facilitator(), title, start, block.cap(), null));
                created++;
            }
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "schedule week " + week, "generated"
                + (only == null ? "" : " for track " + tracks.getFirst().name()) + ": " + created + " created, "
                + already + " already there, " + skipped.size() + " skipped");
        return new Result(week, created, already, skipped);
    }

    /** Why the block's session cannot be created as it stands, if it cannot. */
    private Optional<String> problem(TemplateBlock block, LocalDateTime start, ZoneId zone) {
        if (types.find(block.typeId()).map(t -> !t.active()).orElse(true)) {
            return Optional.of(block.typeName() + " is no longer offered");
        }
        Optional<String> facilitator = facilitators.problem(block.facilitator().value());
        if (facilitator.isPresent()) {
            return facilitator;
        }
        if (block.cap() != null && block.roomCapacity() != null && block.cap() > block.roomCapacity()) {
            return Optional.of(block.roomName() + " now seats " + block.roomCapacity() + ", fewer than the block's cap of "
                    + block.cap());
        }
        Instant starts = start.atZone(zone).toInstant();
        Instant ends = start.plusMinutes(block.minutes()).atZone(zone).toInstant();
        return sessions.clashes(block.facilitator(), block.room(), starts, ends, null).stream().findFirst()
                .map(c -> (c.facilitator().equals(block.facilitator()) ? block.facilitatorName() + " facilitates "
                        : c.roomName() + " is taken by ") + Bookings.describe(c) + " then");
    }

    private static String describe(TemplateBlock block, Track track) {
        return block.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + block.startsAt() + " "
                + block.typeName() + " (" + track.name() + ")";
    }
}
