package org.stepwise.scheduling;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.scheduling.internal.BlockRules;
import org.stepwise.scheduling.internal.Facilitators;
import org.stepwise.scheduling.internal.PlanningLock;
import org.stepwise.scheduling.internal.SessionTypeStore;
import org.stepwise.scheduling.internal.TemplateStore;
import org.stepwise.shared.ConflictException;
import org.stepwise.shared.InvalidRequestException;
import org.stepwise.shared.NotFoundException;
import org.stepwise.shared.RoomId;
import org.stepwise.shared.SiteId;
import org.stepwise.shared.TrackId;
import org.stepwise.staff.Organisation;
import org.stepwise.staff.Program;
import org.stepwise.staff.Room;
import org.stepwise.staff.Track;

/**
 * Track templates: the blocks of each track's week and the curriculum its rotating blocks follow. Every block is
 * checked in full (time, room, facilitator, no clash with any other active block) under the planning lock, guarded by
 * its version, and audited.
 */
@Service
public class TrackTemplates {

    public static final int MAX_TOPICS = 60;
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!?]");
    private static final String STALE = "Someone else changed this block after you opened it. Open the template again "
            + "to see their change, then reapply yours.";

    private final TemplateStore store;
    private final SessionTypeStore types;
    private final Organisation organisation;
    private final Facilitators facilitators;
    private final PlanningLock lock;
    private final AuditLog audit;

    TrackTemplates(TemplateStore store, SessionTypeStore types, Organisation organisation, Facilitators facilitators,
            PlanningLock lock, AuditLog audit) {
        this.store = store;
        this.types = types;
        this.organisation = organisation;
        this.facilitators = facilitators;
        this.lock = lock;
        this.audit = audit;
    }

    /** @throws NotFoundException when there is no such track */
    @Transactional(readOnly = true)
    public TrackTemplate template(TrackId id) {
        Track track = organisation.track(id);
        Program program = organisation.program(track.program());
        return new TrackTemplate(track, program.name(), program.site(), organisation.site(program.site()).name(),
                store.blocks(id), store.topics(id));
    }

    /** @throws NotFoundException when the track has no such block */
    @Transactional(readOnly = true)
    public TemplateBlock block(TrackId track, UUID id) {
        return store.block(id).filter(b -> b.track().equals(track))
                .orElseThrow(() -> new NotFoundException("This track has no such block."));
    }

    // ----- blocks

    /**
     * Adds a block to the track's week. The same block sent again (a double click) is not added twice.
     *
     * @throws InvalidRequestException naming each field to fix; nothing is saved
     */
    @Transactional
    public UUID addBlock(TrackId trackId, BlockDetails details) {
        Track track = organisation.track(trackId);
        lock.acquire();
        Optional<TemplateBlock> same = store.blocks(trackId).stream()
                .filter(b -> b.active() && BlockDetails.of(b).equals(details)).findFirst();
        if (same.isPresent()) {
            return same.get().id();
        }
        throwIfAny(problems(track, details, null));
        UUID id;
        try {
            id = store.insert(trackId, details);
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.forField("startsAt", "A deactivated block of this track is at that day, "
                    + "time and room: reactivate it instead.");
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "template of track " + track.name(), "block added: "
                + describe(block(trackId, id)));
        return id;
    }

    /**
     * Saves a planner's changes to a block. Sessions already generated keep their time, room and facilitator; change
     * those one by one on the session page. Sending what is already saved changes nothing.
     *
     * @throws InvalidRequestException naming each field to fix
     * @throws ConflictException when someone else saved the block after it was opened
     */
    @Transactional
    public TemplateBlock updateBlock(TrackId trackId, UUID id, int version, BlockDetails details) {
        Track track = organisation.track(trackId);
        lock.acquire();
        TemplateBlock before = block(trackId, id);
        if (BlockDetails.of(before).equals(details)) {
            return before;
        }
        throwIfAny(problems(track, details, id));
        boolean saved;
        try {
            saved = store.update(id, version, details);
        } catch (DuplicateKeyException e) {
            throw InvalidRequestException.forField("startsAt", "Another block of this track, deactivated, is at that "
                    + "day, time and room; reactivate it instead.");
        }
        if (!saved) {
            throw new ConflictException(STALE);
        }
        TemplateBlock after = block(trackId, id);
        audit.record(AuditAction.ADMIN_CHANGE, null, "template of track " + track.name(),
                "block changed: " + describe(before) + " → " + describe(after));
        return after;
    }

    /** Takes the block out of generation; sessions already generated stay. Deactivating twice changes nothing. */
    @Transactional
    public void deactivate(TrackId trackId, UUID id, int version) {
        Track track = organisation.track(trackId);
        lock.acquire();
        TemplateBlock block = block(trackId, id);
        if (!block.active()) {
            return;
        }
        if (!store.setActive(id, version, false)) {
            throw new ConflictException(STALE);
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "template of track " + track.name(),
                "block deactivated: " + describe(block));
    }

    /**
     * Puts a deactivated block back, if it still clashes with nothing.
     *
     * @throws InvalidRequestException when its time, room or facilitator no longer fits
     */
    @Transactional
    public void reactivate(TrackId trackId, UUID id, int version) {
        Track track = organisation.track(trackId);
        lock.acquire();
        TemplateBlock block = block(trackId, id);
        if (block.active()) {
            return;
        }
        throwIfAny(problems(track, BlockDetails.of(block), id));
        if (!store.setActive(id, version, true)) {
            throw new ConflictException(STALE);
        }
        audit.record(AuditAction.ADMIN_CHANGE, null, "template of track " + track.name(),
                "block reactivated: " + describe(block));
    }

    /** Everything wrong with the block, field by field; {@code self} is the block being changed (not a clash with itself). */
    private Map<String, String> problems(Track track, BlockDetails d, @Nullable UUID self) {
        Map<String, String> problems = new LinkedHashMap<>();
        SiteId site = store.siteOf(track.id()).orElseThrow(() -> new NotFoundException("There is no such track."));
        Optional<SessionType> type = d.type() == null ? Optional.empty() : types.find(d.type());
        if (d.type() == null) {
            problems.put("type", "Choose the session type.");
        } else if (type.isEmpty()) {
            problems.put("type", "There is no such session type.");
        } else if (!type.get().active()) {
            problems.put("type", type.get().name() + " is no longer offered; choose another type or reactivate it.");
        }
        int minutes = type.map(SessionType::minutes).orElse(0);
        problems.putAll(BlockRules.timeProblems(d.weekday(), d.startsAt(), minutes, track.period()));
        if (d.cap() != null && (d.cap() < 1 || d.cap() > SessionTypeDetails.MAX_CAP)) {
            problems.put("cap", "The cap is 1 to " + SessionTypeDetails.MAX_CAP + " clients; leave it empty for the type's.");
        } else if (d.cap() != null && type.isPresent() && !type.get().category().isGroup() && d.cap() != 1) {
            problems.put("cap", type.get().name() + " holds one client: leave the cap empty or enter 1.");
        }
        Room room = null;
        if (d.room() == null) {
            if (type.isPresent() && type.get().modality() != Modality.TELEHEALTH) {
                problems.put("room", "Choose the room (only telehealth-only sessions need none).");
            }
        } else {
            room = room(d.room());
            if (room == null) {
                problems.put("room", "There is no such room.");
            } else if (!room.site().equals(site)) {
                problems.put("room", room.name() + " is at another site; choose a room at " + organisation.site(site).name() + ".");
            } else if (d.cap() != null && d.cap() > room.capacity() && !problems.containsKey("cap")) {
                problems.put("room", room.name() + " seats " + room.capacity() + "; lower the cap to " + room.capacity()
                        + " or choose a bigger room.");
            }
        }
        facilitators.problem(d.facilitator()).ifPresent(p -> problems.put("facilitator", p));
        if (!problems.containsKey("weekday") && !problems.containsKey("startsAt") && type.isPresent()
                && d.weekday() != null && d.startsAt() != null) {
            DayOfWeek day = DayOfWeek.of(d.weekday());
            for (TemplateBlock other : store.activeOn(day)) {
                if (other.id().equals(self)
                        || !BlockRules.overlap(day, d.startsAt(), minutes, other.weekday(), other.startsAt(), other.minutes())) {
                    continue;
                }
                String where = " on " + plural(day) + " " + other.startsAt() + "–" + other.endsAt() + " ("
                        + other.typeName() + ", " + store.trackName(other.track()) + ")";
                if (other.facilitator().value().equals(d.facilitator()) && !problems.containsKey("facilitator")) {
                    problems.put("facilitator", other.facilitatorName() + " already facilitates a block" + where + ".");
                }
                if (room != null && room.id().equals(other.room()) && !problems.containsKey("room")) {
                    problems.put("room", room.name() + " is already taken" + where + ".");
                }
            }
        }
        return problems;
    }

    private @Nullable Room room(UUID id) {
        try {
            return organisation.room(new RoomId(id));
        } catch (NotFoundException e) {
            return null;
        }
    }

    // ----- curriculum

    /**
     * Adds a topic at the end of the track's curriculum. A topic already in it is not added twice.
     *
     * @throws InvalidRequestException for a missing, over-long or non-plain-text title, or a full curriculum
     */
    @Transactional
    public void addTopic(TrackId trackId, @Nullable String title) {
        Track track = organisation.track(trackId);
        String text = title == null ? "" : title.strip();
        if (text.isEmpty() || text.length() > 120) {
            throw InvalidRequestException.forField("title", "Name the topic in 1 to 120 characters.");
        }
        if (TAG.matcher(text).find()) {
            throw InvalidRequestException.forField("title", "Write the topic as plain text, without anything that "
                    + "looks like an HTML tag.");
        }
        store.lockTrack(trackId);
        List<CurriculumTopic> topics = new ArrayList<>(store.topics(trackId));
        if (topics.stream().anyMatch(t -> t.title().equalsIgnoreCase(text))) {
            return;
        }
        if (topics.size() >= MAX_TOPICS) {
            throw InvalidRequestException.forField("title", "A curriculum holds at most " + MAX_TOPICS + " topics.");
        }
        topics.add(new CurriculumTopic(UUID.randomUUID(), topics.size() + 1, text));
        store.replaceTopics(trackId, topics);
        audit.record(AuditAction.ADMIN_CHANGE, null, "curriculum of track " + track.name(), "topic added: " + text);
    }

    /** Removes a topic; removing one that is already gone changes nothing. */
    @Transactional
    public void removeTopic(TrackId trackId, UUID topic) {
        Track track = organisation.track(trackId);
        store.lockTrack(trackId);
        List<CurriculumTopic> topics = new ArrayList<>(store.topics(trackId));
        Optional<CurriculumTopic> gone = topics.stream().filter(t -> t.id().equals(topic)).findFirst();
        if (gone.isEmpty()) {
            return;
        }
        topics.remove(gone.get());
        store.replaceTopics(trackId, topics);
        audit.record(AuditAction.ADMIN_CHANGE, null, "curriculum of track " + track.name(),
                "topic removed: " + gone.get().title());
    }

    /**
     * Moves a topic one place up or down.
     *
     * @param position where the page showed the topic: if it has moved since, nothing changes
     * @throws ConflictException when the curriculum changed after the page was opened
     */
    @Transactional
    public void moveTopic(TrackId trackId, UUID topic, int position, boolean up) {
        Track track = organisation.track(trackId);
        store.lockTrack(trackId);
        List<CurriculumTopic> topics = new ArrayList<>(store.topics(trackId));
        int index = -1;
        for (int i = 0; i < topics.size(); i++) {
            if (topics.get(i).id().equals(topic)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("That topic is no longer in the curriculum.");
        }
        if (topics.get(index).position() != position) {
            throw new ConflictException("The curriculum changed after you opened it (the topic is now at position "
                    + topics.get(index).position() + "). Look again, then move it.");
        }
        int target = up ? index - 1 : index + 1;
        if (target < 0 || target >= topics.size()) {
            return;
        }
        CurriculumTopic moved = topics.remove(index);
        topics.add(target, moved);
        store.replaceTopics(trackId, topics);
        audit.record(AuditAction.ADMIN_CHANGE, null, "curriculum of track " + track.name(),
                "topic moved " + (up ? "up" : "down") + ": " + moved.title());
    }

    // ----- helpers

    private static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was saved: " + String.join(" ", problems.values()), problems);
        }
    }

    static String plural(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s";
    }

    private static String describe(TemplateBlock b) {
        return b.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + b.startsAt() + " " + b.typeName()
                + (b.roomName() == null ? "" : ", " + b.roomName()) + ", " + b.facilitatorName();
    }
}
