package org.stepwise.notes.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.clients.ClientRegistry;
import org.stepwise.clients.ClientSummary;
import org.stepwise.notes.NoteKind;
import org.stepwise.notes.rules.Cosignature;
import org.stepwise.security.Permission;
import org.stepwise.security.StepwiseUser;
import org.stepwise.shared.ClientId;
import org.stepwise.staff.StaffCredentials;
import org.stepwise.today.DocumentationTask;
import org.stepwise.today.DocumentationTasks;

/**
 * The notes a person owes, for the Today page's documentation queue: their unsigned drafts (a group's entries as one
 * task), groups they facilitated in the last {@code group-note-look-back} whose note nobody has started though someone
 * attended, and notes awaiting their co-signature. Who co-signs what: anyone holding NOTE_COSIGN whose own credentials
 * do not need co-signature sees the notes awaiting one for clients whose care team they are on; program oversight (the
 * director) sees every note awaiting co-signature. A draft is due, and then overdue, when it would become a late entry.
 */
@Component
class NoteDocumentationTasks implements DocumentationTasks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final ClientRegistry clients;
    private final StaffCredentials credentials;
    private final NotesSettings settings;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    NoteDocumentationTasks(JdbcClient jdbc, ClientRegistry clients, StaffCredentials credentials, NotesSettings settings,
            AuditLog audit, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.credentials = credentials;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<DocumentationTask> tasksFor(StepwiseUser user) {
        if (!user.can(Permission.CLINICAL_WRITE) && !user.can(Permission.NOTE_COSIGN)) {
            return List.of();
        }
        Instant now = clock.instant();
        List<DocumentationTask> tasks = new ArrayList<>();
        Set<ClientId> named = new LinkedHashSet<>();
        UUID me = user.staffId().value();
        String draft = text("notes.today.draft");
        jdbc.sql("""
                SELECT s.id, s.title, n.service_date, max(n.service_ended_at) AS ended, count(*) AS entries
                FROM clinical_note n JOIN group_note g ON g.id = n.group_note_id JOIN session s ON s.id = g.session_id
                WHERE n.author_id = ? AND n.status = 'DRAFT' AND n.kind = 'GROUP'
                GROUP BY s.id, s.title, n.service_date ORDER BY n.service_date LIMIT ?""")
                .params(me, LIMIT)
                .query((rs, i) -> tasks.add(due(draft, "", groupWhat(rs.getString("title"),
                        rs.getObject("service_date", LocalDate.class)), rs.getObject("service_date", LocalDate.class),
                        rs.getObject("ended", OffsetDateTime.class).toInstant(),
                        "/sessions/" + rs.getObject("id", UUID.class) + "/note", now)))
                .list();
        jdbc.sql("""
                SELECT n.id, n.client_id, n.kind, n.service_date, n.service_ended_at FROM clinical_note n
                WHERE n.author_id = ? AND n.status = 'DRAFT' AND n.kind <> 'GROUP' ORDER BY n.service_date LIMIT ?""")
                .params(me, LIMIT)
                .query((rs, i) -> {
                    ClientId client = new ClientId(rs.getObject("client_id", UUID.class));
                    named.add(client);
                    LocalDate day = rs.getObject("service_date", LocalDate.class);
                    return tasks.add(due(draft, name(client), NoteKind.valueOf(rs.getString("kind")).label() + ", "
                            + day.format(DAY), day, rs.getObject("service_ended_at", OffsetDateTime.class).toInstant(),
                            "/notes/" + rs.getObject("id", UUID.class), now));
                })
                .list();
        if (user.can(Permission.CLINICAL_WRITE)) {
            String toWrite = text("notes.today.toWrite");
            jdbc.sql("""
                    SELECT s.id, s.title, (s.starts_at AT TIME ZONE si.timezone)::date AS day, s.ends_at
                    FROM session s JOIN session_type t ON t.id = s.session_type_id JOIN site si ON si.id = s.site_id
                    WHERE s.facilitator_id = ? AND s.status = 'SCHEDULED' AND s.ends_at < ? AND s.ends_at > ?
                      AND t.category IN ('GROUP_THERAPY', 'PSYCHOEDUCATION', 'SKILLS_GROUP', 'HOLISTIC', 'ALUMNI_SUPPORT')
                      AND NOT EXISTS (SELECT 1 FROM group_note g WHERE g.session_id = s.id)
                      AND EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id
                                  AND a.status NOT IN ('EXCUSED_ABSENCE', 'UNEXCUSED_ABSENCE'))
                    ORDER BY s.starts_at LIMIT ?""")
                    .params(me, NoteStore.at(now), NoteStore.at(now.minus(settings.groupNoteLookBack())), LIMIT)
                    .query((rs, i) -> {
                        LocalDate day = rs.getObject("day", LocalDate.class);
                        return tasks.add(due(toWrite, "", groupWhat(rs.getString("title"), day), day,
                                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                                "/sessions/" + rs.getObject("id", UUID.class) + "/note", now));
                    })
                    .list();
        }
        if (user.can(Permission.NOTE_COSIGN)
                && !Cosignature.required(credentials.of(user.staffId()), LocalDate.now(clock))) {
            String cosign = text("notes.today.cosign");
            boolean everyone = user.can(Permission.PROGRAM_OVERSIGHT);
            jdbc.sql("""
                    SELECT n.id, n.client_id, n.kind, n.service_date, n.signed_at, st.display_name AS author
                    FROM clinical_note n JOIN staff st ON st.id = n.author_id
                    WHERE n.status = 'AWAITING_COSIGNATURE' AND n.author_id <> ?
                      AND (? OR EXISTS (SELECT 1 FROM care_team_member m WHERE m.client_id = n.client_id
                                        AND m.staff_id = ?))
                    ORDER BY n.signed_at LIMIT ?""")
                    .params(me, everyone, me, LIMIT)
                    .query((rs, i) -> {
                        ClientId client = new ClientId(rs.getObject("client_id", UUID.class));
                        named.add(client);
                        LocalDate day = rs.getObject("service_date", LocalDate.class);
                        return tasks.add(new DocumentationTask(cosign, name(client),
                                NoteKind.valueOf(rs.getString("kind")).label() + ", " + day.format(DAY) + ", by "
                                        + rs.getString("author"),
                                rs.getObject("signed_at", OffsetDateTime.class).toLocalDate(), null,
                                "/notes/" + rs.getObject("id", UUID.class), false));
                    })
                    .list();
        }
        named.forEach(client -> audit.record(AuditAction.VIEW, client, "documentation queue", "notes owed"));
        return tasks;
    }

    /** A task due when the note would become a late entry, overdue after. */
    private DocumentationTask due(String kind, String client, String what, LocalDate since, Instant serviceEnded,
            String href, Instant now) {
        Instant deadline = serviceEnded.plus(settings.lateAfter());
        return new DocumentationTask(kind, client, what, since, deadline.atZone(clock.getZone()).toLocalDate(), href,
                now.isAfter(deadline));
    }

    private static String groupWhat(String title, LocalDate day) {
        return "Group note: " + title + ", " + day.format(DAY);
    }

    private String name(ClientId client) {
        return clients.find(client).map(ClientSummary::displayName).orElse("—");
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
